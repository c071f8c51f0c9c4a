package yaowen.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * Meeting checks of one document: isMeeting, types (as a set), the date (ISO day, on gold meetings that state
 * one), region (code when the gold has one, else the last element of the path, else the name), people as a
 * multiset of (name, role), and the part of each matched person.
 */
final class MeetingScoring {
    private MeetingScoring() {
    }

    /** One person as scored: the folded {@code name/role} key and the folded part, if stated. */
    private record Person(String key, Optional<String> part) {
    }

    /** Scores of one document; {@code predicted} may be {@code null} (nothing predicted). */
    static MeetingScores score(JsonNode gold, JsonNode predicted, List<Issue> issues) {
        Ratio isMeeting = isMeeting(gold, predicted, issues);
        Prf types = types(gold, predicted, issues);
        Ratio date = date(gold, predicted, issues);
        Ratio region = region(gold, predicted, issues);
        Prf people = people(gold, predicted, issues);
        Ratio part = parts(gold, predicted, issues);
        return new MeetingScores(isMeeting, types, region, people, date, part);
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

    /**
     * The meeting date, scored only on gold meetings ({@code isMeeting} true) whose gold states a date: a hit
     * when the predicted date is the same ISO day (a date-time prediction is read up to its {@code T}).
     *
     * @throws IllegalArgumentException when a gold meeting states a date that is not an ISO date
     */
    private static Ratio date(JsonNode gold, JsonNode predicted, List<Issue> issues) {
        JsonNode meeting = gold.get("isMeeting");
        if (meeting == null || !meeting.isBoolean() || !meeting.booleanValue() || !Folding.states(gold, "date")) {
            return Ratio.EMPTY;
        }
        String stated = gold.get("date").asText();
        LocalDate expected = isoDay(stated).orElseThrow(
                () -> new IllegalArgumentException("gold meeting date is not an ISO date: " + stated));
        Optional<String> actual = Folding.text(predicted, "date");
        boolean hit = actual.flatMap(MeetingScoring::isoDay).filter(expected::equals).isPresent();
        if (!hit) {
            issues.add(new Issue(Aspect.MEETING_DATE, ArticleScoring.mismatch(expected.toString(), actual.orElse(null))));
        }
        return Ratio.of(hit);
    }

    /** {@code 2021-01-27} or {@code 2021-01-27T09:00:00} (after folding) as a day; empty for anything else. */
    private static Optional<LocalDate> isoDay(String s) {
        String folded = Folding.fold(s);
        int time = folded.indexOf('T');
        try {
            return Optional.of(LocalDate.parse(time < 0 ? folded : folded.substring(0, time)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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

    /**
     * Part agreement on the (name, role) pairs that people matching counts, over those whose gold states a part.
     * Each gold person, in gold order, is paired with the first unpaired predicted person of the same (name, role),
     * preferring one whose part also agrees; a predicted person without a part disagrees. Unmatched people are
     * people misses, not part misses.
     */
    private static Ratio parts(JsonNode gold, JsonNode predicted, List<Issue> issues) {
        if (!gold.has("people")) {
            return Ratio.EMPTY;
        }
        List<Person> open = new ArrayList<>(persons(predicted));
        long hits = 0;
        long total = 0;
        for (Person person : persons(gold)) {
            int at = pairFor(person, open);
            if (at < 0) {
                continue;
            }
            Person paired = open.remove(at);
            if (person.part().isEmpty()) {
                continue;
            }
            total++;
            if (person.part().equals(paired.part())) {
                hits++;
            } else {
                issues.add(new Issue(Aspect.WRONG_PART, person.key() + ": "
                        + ArticleScoring.mismatch(person.part().get(), paired.part().orElse(null))));
            }
        }
        return new Ratio(hits, total);
    }

    /** The index of the first open person with the key of {@code gold}, preferring the same part; -1 if none. */
    private static int pairFor(Person gold, List<Person> open) {
        int first = -1;
        for (int i = 0; i < open.size(); i++) {
            Person candidate = open.get(i);
            if (candidate.key().equals(gold.key())) {
                if (candidate.part().equals(gold.part())) {
                    return i;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return first;
    }

    /** (name, role) pairs as {@code name/role}, folded. */
    private static List<String> people(JsonNode meeting) {
        return persons(meeting).stream().map(Person::key).toList();
    }

    /** The people of a meeting in order, keyed by folded {@code name/role}, with their folded parts. */
    private static List<Person> persons(JsonNode meeting) {
        List<Person> out = new ArrayList<>();
        JsonNode people = meeting == null ? null : meeting.get("people");
        if (people != null && people.isArray()) {
            for (JsonNode person : people) {
                out.add(new Person(Folding.text(person, "name").orElse("") + "/" + Folding.text(person, "role").orElse(""),
                        Folding.text(person, "part")));
            }
        }
        return out;
    }
}
