package yaowen.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** With live dates the farm never runs dry: after the held-back articles, routine meetings day after day. */
class LiveStreamTest {
    // 00:30 on 2 March in Shanghai
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T16:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void keepsPublishingAfterTheHeldBackArticlesOneDayAfterAnother() throws Exception {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests().withHeldBack(2).withLiveDates(true).withClock(CLOCK))) {
            int before = farm.articles().size();
            List<FarmArticle> published = new ArrayList<>();
            int count = 2 + 2 * LiveNews.PER_DAY + 3;
            for (int i = 0; i < count; i++) {
                published.add(farm.publishNext().orElseThrow(() -> new AssertionError("the stream ran dry")));
            }
            assertThat(farm.heldBack()).isZero();
            assertThat(farm.articles()).hasSize(before + count);
            assertThat(published).extracting(FarmArticle::url).doesNotHaveDuplicates();

            List<FarmArticle> stream = published.subList(2, published.size());
            assertThat(stream).extracting(FarmArticle::siteId).containsOnly("longting", "xiangfu", "wancheng");
            // today's news first, then the next day's: the calendar moves on, never back
            assertThat(stream.get(0).publishedAt().toLocalDate()).isEqualTo(TODAY);
            for (int i = 0; i < stream.size(); i++) {
                assertThat(stream.get(i).publishedAt().toLocalDate()).isEqualTo(TODAY.plusDays(i / LiveNews.PER_DAY));
            }
            // on one day, a district's meetings are all different ones
            Map<String, List<FarmArticle>> bySiteAndDay = stream.stream()
                    .collect(Collectors.groupingBy(a -> a.siteId() + "@" + a.publishedAt().toLocalDate()));
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
            assertThat(farm.publishNext()).isPresent();
            assertThat(farm.publishNext()).isEmpty();
        }
    }

    @Test
    void aDayOfTheStreamHoldsEveryKindOfMeetingOncePerDistrictAndStatesNoFigures() {
        LocalTime time = LocalTime.of(9, 15);
        Set<String> kinds = new HashSet<>();
        for (int n = 0; n < LiveNews.PER_DAY; n++) {
            StoredArticle a = LiveNews.article(n, TODAY, time);
            assertThat(a.publishedAt()).isEqualTo(TODAY.atTime(time));
            assertThat(a.paragraphs().get(0)).startsWith("3月2日,");
            String body = String.join("", a.paragraphs());
            assertThat(body).doesNotContain("%", "亿元", "万元").doesNotContainPattern("\\d{4}年");
            // the kind of meeting, told apart by what the title says once the topic is taken out
            kinds.add(a.siteId() + ":" + a.title().replaceAll("研究部署.*|研究.*等事项|召开.*(工作推进会|动员部署会|工作座谈会)", "$1"));
        }
        assertThat(kinds).hasSize(LiveNews.PER_DAY);
        assertThat(LiveNews.article(LiveNews.PER_DAY, TODAY, time).publishedAt().toLocalDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(LiveNews.article(7, TODAY, time)).isEqualTo(LiveNews.article(7, TODAY, time));
    }
}
