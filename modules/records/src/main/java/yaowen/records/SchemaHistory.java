package yaowen.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Every released version of each topic schema, read from {@code schemas/released/NAME.vN.avsc} on the
 * classpath (the build copies {@code schemas/} there). Released files are self-contained (nested types
 * inlined) and are never edited: a release that changes a schema adds the next {@code vN}.
 */
public final class SchemaHistory {
    /** Top-level schemas that are values of topics. */
    public static final List<Schema> CURRENT = List.of(
            RawPage.getClassSchema(), Article.getClassSchema(), Meeting.getClassSchema(),
            MetricObservation.getClassSchema(), MeetingAlert.getClassSchema(), DeadLetter.getClassSchema(),
            CrawlState.getClassSchema());

    private static final String ROOT = "yaowen/schemas/released/";
    private static final Map<String, List<Schema>> RELEASED = load();
    private static final SchemaStore.Cache STORE = store(RELEASED);

    private SchemaHistory() {
    }

    /** Released versions of the record named {@code simpleName}, oldest first. */
    public static List<Schema> released(String simpleName) {
        return RELEASED.getOrDefault(simpleName, List.of());
    }

    /** A schema store that resolves the fingerprint of every released and current version. */
    public static SchemaStore store() {
        return STORE;
    }

    private static Map<String, List<Schema>> load() {
        Map<String, List<Schema>> all = new LinkedHashMap<>();
        for (Schema current : CURRENT) {
            List<Schema> versions = new ArrayList<>();
            for (int v = 1; ; v++) {
                String path = ROOT + current.getName() + ".v" + v + ".avsc";
                try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(path)) {
                    if (in == null) {
                        break;
                    }
                    versions.add(new Schema.Parser().parse(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read released schema " + path, e);
                }
            }
            all.put(current.getName(), List.copyOf(versions));
        }
        return Map.copyOf(all);
    }

    private static SchemaStore.Cache store(Map<String, List<Schema>> released) {
        SchemaStore.Cache cache = new SchemaStore.Cache();
        released.values().forEach(list -> list.forEach(cache::addSchema));
        CURRENT.forEach(cache::addSchema);
        return cache;
    }
}
