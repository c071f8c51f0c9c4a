package yaowen.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgsTest {
    static final List<Param> PARAMS = List.of(Params.REGION, Params.MEETING_TYPES, Params.FROM, Params.KIND, Params.YEAR,
            Param.bool("meeting", "会议", "meeting"), Params.LIMIT, Params.CURSOR, Params.sort(List.of("date", "region"), "-date"),
            Params.FORMAT);

    static ApiError refusal(String query) {
        try {
            Args.parse(PARAMS, query);
        } catch (ApiError e) {
            return e;
        }
        throw new AssertionError("accepted: " + query);
    }

    @Test
    void parsesEachTypeAndFillsDefaults() {
        Args args = Args.parse(PARAMS, "region=4102&type=PLENARY_SESSION,WORK_CONFERENCE&type=PLENARY_SESSION"
                + "&from=2025-01-27&kind=TARGET&year=2024&meeting=false&cursor=abc%3D");

        assertThat(args.string("region")).isEqualTo("4102");
        assertThat(args.codes("type")).containsExactly("PLENARY_SESSION", "WORK_CONFERENCE");
        assertThat(args.date("from")).isEqualTo(LocalDate.of(2025, 1, 27));
        assertThat(args.string("kind")).isEqualTo("TARGET");
        assertThat(args.integer("year")).isEqualTo(2024);
        assertThat(args.bool("meeting")).isFalse();
        assertThat(args.string("cursor")).isEqualTo("abc=");
        assertThat(args.integer("limit")).isEqualTo(50);
        assertThat(args.string("sort")).isEqualTo("-date");
        assertThat(args.string("format")).isEqualTo("json");
        assertThat(args.has("to")).isFalse();
    }

    @Test
    void anEmptyValueIsNotGivenAndPlusIsASpace() {
        Args args = Args.parse(PARAMS, "region=&from=&sort=region&cursor=a+b");
        assertThat(args.has("region")).isFalse();
        assertThat(args.has("from")).isFalse();
        assertThat(args.string("cursor")).isEqualTo("a b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "regoin=41|regoin|未知参数 regoin（可用：region, type, from, kind, year, meeting, limit, cursor, sort, format）",
            "region=41&region=42|region|参数 region 只能给一次",
            "region=4x|region|参数 region 的值 4x 格式不对",
            "from=2025-13-01|from|参数 from 应为日期（如 2025-01-27），而不是 2025-13-01",
            "from=2025-02-30|from|参数 from 应为日期",
            "year=20x4|year|参数 year 应为整数，而不是 20x4",
            "year=3000|year|参数 year 应在 1949–2100 之间：3000",
            "kind=FOO|kind|参数 kind 的值 FOO 未知（可用：ACTUAL, TARGET）",
            "type=PLENARY_SESSION,NOPE|type|参数 type 的值 NOPE 未知",
            "meeting=yes|meeting|参数 meeting 应为 true 或 false，而不是 yes",
            "limit=0|limit|参数 limit 应在 1–1000 之间：0",
            "limit=1001|limit|参数 limit 应在 1–1000 之间：1001",
            "sort=title|sort|参数 sort 的值 title 未知（可用：date, -date, region, -region）",
            "format=pdf|format|参数 format 的值 pdf 未知",
            "region=%E4%B|region|参数 region 编码有误"})
    void refusesNamingTheParameterInChineseAndEnglish(String query, String parameter, String message) {
        ApiError e = refusal(query);

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.error()).isEqualTo("bad_request");
        assertThat(e.parameter()).isEqualTo(parameter);
        assertThat(e.getMessage()).startsWith(message);
        assertThat(e.messageEn()).isNotBlank().contains(parameter);
    }

    @Test
    void aRequiredParameterMustBeGiven() {
        ApiError e = assertRefused(List.of(Params.ONE_REGION), "");
        assertThat(e.parameter()).isEqualTo("region");
        assertThat(e.getMessage()).startsWith("缺少参数 region");
        assertThat(e.messageEn()).startsWith("missing parameter region");
    }

    @Test
    void aTooLongValueIsRefusedAndNoMessageRepeatsMoreThanAShortPrefix() {
        String longWord = "长".repeat(100_000);
        ApiError tooLong = refusal("region=" + longWord);
        assertThat(tooLong.parameter()).isEqualTo("region");
        assertThat(tooLong.getMessage()).contains("太长", "200").hasSizeLessThan(100);
        assertThat(tooLong.messageEn()).contains("too long").hasSizeLessThan(100);
        List<Param> withQ = List.of(Params.Q);
        assertThat(Args.parse(withQ, "q=" + "字".repeat(Param.MAX_TEXT)).string("q")).hasSize(Param.MAX_TEXT);
        assertThat(assertRefused(withQ, "q=" + "字".repeat(Param.MAX_TEXT + 1)).parameter()).isEqualTo("q");

        List<Param> withCursor = List.of(Params.CURSOR);
        assertThat(Args.parse(withCursor, "cursor=" + "c".repeat(Param.MAX_CURSOR)).string("cursor")).hasSize(Param.MAX_CURSOR);
        assertThat(assertRefused(withCursor, "cursor=" + "c".repeat(Param.MAX_CURSOR + 1)).parameter()).isEqualTo("cursor");

        for (String query : List.of("year=" + "9".repeat(5_000), "kind=" + "X".repeat(5_000), "from=" + "2".repeat(5_000),
                "x".repeat(5_000) + "=1", "region=%E4" + "%".repeat(5_000))) {
            ApiError e = refusal(query);
            assertThat(e.getMessage()).as(query.substring(0, 10)).hasSizeLessThan(200).contains("…");
            assertThat(e.messageEn()).as(query.substring(0, 10)).hasSizeLessThan(250).contains("…");
        }
    }

    @Test
    void anEndpointWithoutParametersSaysSo() {
        ApiError e = assertRefused(List.of(), "region=41");
        assertThat(e.getMessage()).isEqualTo("未知参数 region（可用：无）");
        assertThat(e.messageEn()).isEqualTo("unknown parameter region (allowed: none)");
    }

    @Test
    void theStoresRefusalOfACursorIsSaidInChineseWithTheDetailInEnglish() {
        ApiError e = Http.badQuery(new yaowen.stores.BadQuery("cursor", "malformed cursor"));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.parameter()).isEqualTo("cursor");
        assertThat(e.getMessage()).startsWith("参数 cursor 无效").doesNotContain("malformed").doesNotContain("cursor:");
        assertThat(e.messageEn()).isEqualTo("bad parameter cursor: malformed cursor");
    }

    private static ApiError assertRefused(List<Param> params, String query) {
        assertThatThrownBy(() -> Args.parse(params, query)).isInstanceOf(ApiError.class);
        try {
            Args.parse(params, query);
            throw new AssertionError();
        } catch (ApiError e) {
            return e;
        }
    }
}
