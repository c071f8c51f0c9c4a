package yaowen.insight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Loads the team's annotated set from {@code corpus/team/gold} (relative to the module directory). */
final class TeamCorpus {
    static final Path GOLD = Path.of("../../corpus/team/gold");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TeamCorpus() {
    }

    /** One team article: its gold and what insight reads (gold text, title, publication day). */
    record Case(String id, ArticleText article, JsonNode gold) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = JSON.readTree(Files.readString(f));
                JsonNode a = gold.get("article");
                Optional<String> title = a.get("title").isNull() ? Optional.empty() : Optional.of(a.get("title").asText());
                Optional<LocalDate> published = a.get("publishedAt").isNull() ? Optional.empty()
                        : Optional.of(LocalDate.parse(a.get("publishedAt").asText().substring(0, 10)));
                String name = f.getFileName().toString();
                out.add(new Case(name.substring(0, name.length() - 5),
                        new ArticleText(title, a.get("text").asText(), published, Optional.empty()), gold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
