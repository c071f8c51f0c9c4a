package yaowen.insight;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative unit or functional zone.
 *
 * @param code GB/T 2260 six-digit code; empty for functional zones without one (官庄工区)
 * @param name short name, e.g. 龙亭区
 * @param path names from province down to this unit
 */
public record Region(Optional<String> code, String name, List<String> path) {
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        path = List.copyOf(path);
    }
}
