package yaowen.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * With live dates the farm publishes, after the held-back articles, today's routine meetings, dated by its clock:
 * a day's worth, then nothing until the next day.
 */
class LiveStreamTest {
    // 00:30 on 2 March in Shanghai
    private static final Instant START = Instant.parse("2026-03-01T16:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private volatile Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        LocalDate today() {
            return now.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            ManualClock self = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return self.withZone(other);
                }

                @Override
                public Instant instant() {
                    return self.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void publishesTodaysNewsThenPausesUntilTheNextDayAndNeverDatesAheadOfTheClock() throws Exception {
        ManualClock clock = new ManualClock(START);
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests().withHeldBack(2).withLiveDates(true).withClock(clock))) {
            assertThat(farm.endless()).isTrue();
            int before = farm.articles().size();
            List<FarmArticle> published = new ArrayList<>();
            for (int i = 0; i < 2 + LiveNews.PER_DAY; i++) {
                published.add(farm.publishNext().orElseThrow(() -> new AssertionError("today's news ran out early")));
                assertThat(published.get(i).publishedAt().toLocalDate()).isEqualTo(clock.today());
                clock.advance(Duration.ofMinutes(7));
            }
            assertThat(clock.today()).as("the day did not end while publishing").isEqualTo(TODAY);
            assertThat(farm.heldBack()).isZero();
            assertThat(farm.publishNext()).as("today's news is all out").isEmpty();
            clock.advance(Duration.ofHours(10));
            assertThat(farm.publishNext()).as("still today (%s)", clock.today()).isEmpty();

            clock.advance(Duration.ofHours(14)); // the next morning
            assertThat(clock.today()).isEqualTo(TODAY.plusDays(1));
            List<FarmArticle> tomorrow = new ArrayList<>();
            Optional<FarmArticle> next;
            while ((next = farm.publishNext()).isPresent() && tomorrow.size() <= LiveNews.PER_DAY) {
                tomorrow.add(next.get());
            }
            assertThat(tomorrow).as("a whole day's news, then a pause again").hasSize(LiveNews.PER_DAY)
                    .allSatisfy(a -> assertThat(a.publishedAt().toLocalDate()).isEqualTo(TODAY.plusDays(1)));
            published.addAll(tomorrow);

            assertThat(farm.articles()).hasSize(before + published.size());
            assertThat(published).extracting(FarmArticle::url).doesNotHaveDuplicates();
            List<FarmArticle> stream = published.subList(2, published.size());
            assertThat(stream).extracting(FarmArticle::siteId)
                    .containsOnly("longting", "xiangfu", "wancheng", "nanyang");
            // on one day, a region's meetings are all different ones
            Map<String, List<FarmArticle>> bySiteAndDay = stream.stream()
                    .collect(Collectors.groupingBy(a -> a.siteId() + "@" + a.publishedAt().toLocalDate()));
            assertThat(bySiteAndDay).hasSize(2 * LiveNews.REGIONS.size());
            bySiteAndDay.forEach((key, day) -> assertThat(day).as(key).extracting(FarmArticle::title).doesNotHaveDuplicates());

            FarmArticle last = stream.get(stream.size() - 1);
            FarmSite site = farm.site(last.siteId()).orElseThrow();
            String html = new String(SiteFarmTest.get(last.url()).body(), site.charset());
            LocalDate day = last.publishedAt().toLocalDate();
            assertThat(html).contains(day.toString()).contains(day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
            Document list = Jsoup.parse(new String(SiteFarmTest.get(site.listUrls().get(0)).body(), site.charset()),
                    site.listUrls().get(0).toString());
            String first = list.select("a[href]").stream().map(a -> a.absUrl("href"))
                    .filter(h -> farm.articles().stream().anyMatch(x -> x.url().toString().equals(h)))
                    .findFirst().orElseThrow();
            assertThat(first).as("the newest report tops its list").isEqualTo(last.url().toString());
        }
    }

    @Test
    void withoutLiveDatesTheFarmSaysWhenItHasPublishedEverything() {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests().withHeldBack(1))) {
            assertThat(farm.endless()).isFalse();
            assertThat(farm.publishNext()).isPresent();
            assertThat(farm.publishNext()).isEmpty();
        }
    }

    @Test
    void aDayOfTheStreamHoldsEveryKindOfMeetingOncePerRegionAndStatesNoFigures() {
        LocalTime time = LocalTime.of(9, 15);
        Set<String> kinds = new HashSet<>();
        for (int n = 0; n < LiveNews.PER_DAY; n++) {
            StoredArticle a = LiveNews.article(n, TODAY, time);
            assertThat(a.publishedAt()).isEqualTo(TODAY.atTime(time));
            assertThat(a.paragraphs().get(0)).startsWith("3月2日,");
            String body = String.join("", a.paragraphs());
            assertThat(body).doesNotContain("%", "亿元", "万元").doesNotContainPattern("\\d{4}年");
            // a city's meetings speak of the city, a district's of the district
            assertThat(body).doesNotContain(a.siteId().equals("nanyang") ? "区委" : "市委");
            // the kind of meeting, told apart by what the title says once the topic is taken out
            kinds.add(a.siteId() + ":" + a.title().replaceAll("研究部署.*|研究.*等事项|召开.*(工作推进会|动员部署会|工作座谈会)", "$1"));
        }
        assertThat(kinds).hasSize(LiveNews.PER_DAY);
        assertThatThrownBy(() -> LiveNews.article(LiveNews.PER_DAY, TODAY, time)).isInstanceOf(IllegalArgumentException.class);
        assertThat(LiveNews.article(7, TODAY, time)).isEqualTo(LiveNews.article(7, TODAY, time));
    }

    @Test
    void republishingGivesEndlessNewPagesDatedNowEachServedAndListed() throws Exception {
        ManualClock clock = new ManualClock(START);
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests().withClock(clock))) {
            int before = farm.articles().size();
            Set<String> urls = new HashSet<>();
            for (int i = 0; i < before + 5; i++) { // more than the farm holds: it goes round again
                FarmArticle a = farm.republish();
                assertThat(a.publishedAt().toLocalDate()).isEqualTo(TODAY);
                urls.add(a.url().toString());
            }
            assertThat(urls).as("every republished page has a URL of its own").hasSize(before + 5);
            assertThat(farm.articles()).hasSize(before + before + 5);
            String someUrl = urls.iterator().next();
            var response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(someUrl)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }
}
