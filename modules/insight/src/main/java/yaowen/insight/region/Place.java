package yaowen.insight.region;

import java.util.Objects;
import java.util.Optional;

/**
 * One unit of the gazetteer.
 *
 * @param id       the GB/T 2260 code, or {@code zone:<name>} for a functional zone
 * @param code     the GB/T 2260 code when the unit has one
 * @param name     full name, e.g. 祥符区
 * @param level    administrative level
 * @param parentId id of the parent unit, empty for provinces
 */
public record Place(String id, Optional<String> code, String name, Level level, Optional<String> parentId) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentId, "parentId");
    }

    /** Depth in the hierarchy: province 1, city 2, county 3, zone 4 (a zone sits under its administering unit). */
    public enum Level {
        PROVINCE(1), CITY(2), COUNTY(3), ZONE(4);

        private final int depth;

        Level(int depth) {
            this.depth = depth;
        }

        public int depth() {
            return depth;
        }
    }
}
