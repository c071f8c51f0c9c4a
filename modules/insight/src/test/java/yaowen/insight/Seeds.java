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

/** Loads the seed articles and their gold analyses from {@code corpus/gold} (relative to the module directory). */
final class Seeds {
    static final Path GOLD = Path.of("../../corpus/gold");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Seeds() {
    }

    record Seed(String id, ArticleText article, JsonNode gold) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Seed> all() {
        List<Seed> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(load("seed-00" + i));
        }
        return out;
    }

    static Seed load(String id) {
        try {
            JsonNode gold = JSON.readTree(Files.readString(GOLD.resolve(id + ".json")));
            JsonNode a = gold.get("article");
            Optional<String> title = a.get("title").isNull() ? Optional.empty() : Optional.of(a.get("title").asText());
            Optional<LocalDate> published = a.get("publishedAt").isNull() ? Optional.empty()
                    : Optional.of(LocalDate.parse(a.get("publishedAt").asText().substring(0, 10)));
            return new Seed(id, new ArticleText(title, a.get("text").asText(), published, Optional.empty()), gold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
