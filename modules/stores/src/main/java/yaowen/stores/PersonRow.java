package yaowen.stores;

import java.util.List;
import java.util.Objects;

/**
 * A person named in a meeting report. {@code part} (SPOKE, PRESIDED, ATTENDED) is null when not stated.
 * Immutable.
 */
public record PersonRow(String name, String role, List<String> roles, String part) {
    public PersonRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        roles = List.copyOf(roles);
    }
}
