package yaowen.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import yaowen.bench.quality.QualityReport.Aspect;
import yaowen.bench.quality.QualityReport.Issue;
import yaowen.bench.quality.QualityReport.MeetingScores;
import yaowen.bench.quality.QualityReport.Prf;
import yaowen.bench.quality.QualityReport.Ratio;

/**
 * Meeting checks of one document: isMeeting, types (as a set), region (code when the gold has one,
 * else the last element of the path, else the name), people as a multiset of (name, role).
 */
final class MeetingScoring {
    private MeetingScoring() {
    }

    /** Scores of one document; {@code predicted} may be {@code null} (nothing predicted). */
    static MeetingScores score(JsonNode gold, JsonNode predicted, List<Issue> issues) {
        return new MeetingScores(isMeeting(gold, predicted, issues), types(gold, predicted, issues),
                region(gold, predicted, issues), people(gold, predicted, issues));
    }

    private static Ratio isMeeting(JsonNode gold, JsonNode predicted, List<Issue> issues) {
        JsonNode g = gold.get("isMeeting");
        if (g == null || !g.isBoolean()) {
            return Ratio.EMPTY;
        }
        JsonNode p = predicted == null ? null : predicted.get("isMeeting");
        boolean hit = p != null && p.isBoolean() && p.booleanValue() == g.booleanValue();
        if (!hit) {
            issues.add(new Issue(Aspect.IS_MEETING, ArticleScoring.mismatch(g.asText(),
                    p == null || p.isNull() ? null : p.asText())));
        }
        return Ratio.of(hit);
    }

    private static Prf types(JsonNode gold, JsonNode predicted, List<Issue> issues) {
        if (!gold.has("types")) {
            return Prf.EMPTY;
        }
        Set<String> g = new LinkedHashSet<>(Folding.texts(gold, "types"));
        Set<String> p = new LinkedHashSet<>(Folding.texts(predicted, "types"));
        long matched = 0;
        for (String t : g) {
            if (p.contains(t)) {
                matched++;
            } else {
                issues.add(new Issue(Aspect.MISSED_TYPE, t));
            }
        }
        for (String t : p) {
            if (!g.contains(t)) {
                issues.add(new Issue(Aspect.WRONG_TYPE, t));
            }
        }
        return new Prf(matched, p.size(), g.size());
    }

    private static Ratio region(JsonNode gold, JsonNode predicted, List<Issue> issues) {
        JsonNode g = gold.get("region");
        if (g == null || !g.isObject()) {
            return Ratio.EMPTY;
        }
        JsonNode p = predicted == null ? null : predicted.get("region");
        Optional<String> goldCode = Folding.text(g, "code");
        if (goldCode.isPresent()) {
            return check("code " + goldCode.get(), Folding.text(p, "code").map(c -> "code " + c), p, issues);
        }
        Optional<String> goldPlace = lastOfPath(g).or(() -> Folding.text(g, "name"));
        if (goldPlace.isEmpty()) {
            return Ratio.EMPTY;
        }
        return check(goldPlace.get(), lastOfPath(p).or(() -> Folding.text(p, "name")), p, issues);
    }

    private static Ratio check(String expected, Optional<String> actual, JsonNode predicted, List<Issue> issues) {
        boolean hit = actual.isPresent() && actual.get().equals(expected);
        if (!hit) {
            issues.add(new Issue(Aspect.REGION, ArticleScoring.mismatch(expected, describe(predicted))));
        }
        return Ratio.of(hit);
    }

    private static Optional<String> lastOfPath(JsonNode region) {
        List<String> path = Folding.texts(region, "path");
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
    }

    private static String describe(JsonNode region) {
        if (region == null || !region.isObject()) {
            return null;
        }
        return Folding.text(region, "code").orElse("no code") + " " + String.join("/", Folding.texts(region, "path"));
    }

    private static Prf people(JsonNode gold, JsonNode predicted, List<Issue> issues) {
        if (!gold.has("people")) {
            return Prf.EMPTY;
        }
        List<String> g = people(gold);
        List<String> p = people(predicted);
        Map<String, Integer> open = new LinkedHashMap<>();
        p.forEach(x -> open.merge(x, 1, Integer::sum));
        long matched = 0;
        for (String person : g) {
            if (open.getOrDefault(person, 0) > 0) {
                open.merge(person, -1, Integer::sum);
                matched++;
            } else {
                issues.add(new Issue(Aspect.MISSED_PERSON, person));
            }
        }
        open.forEach((person, left) -> {
            for (int i = 0; i < left; i++) {
                issues.add(new Issue(Aspect.WRONG_PERSON, person));
            }
        });
        return new Prf(matched, p.size(), g.size());
    }

    /** (name, role) pairs as {@code name/role}, folded. */
    private static List<String> people(JsonNode meeting) {
        List<String> out = new ArrayList<>();
        JsonNode people = meeting == null ? null : meeting.get("people");
        if (people != null && people.isArray()) {
            for (JsonNode person : people) {
                out.add(Folding.text(person, "name").orElse("") + "/" + Folding.text(person, "role").orElse(""));
            }
        }
        return out;
    }
}
