package yaowen.insight.meeting;

import yaowen.insight.MeetingFacts.MeetingFormat;
import yaowen.insight.MeetingFacts.MeetingType;
import yaowen.insight.MeetingFacts.Session;
import yaowen.insight.metric.ChineseNumerals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a meeting's session numbering (第十届委员会第九次全体(扩大)会议, 十届四次全会, 二届四次全委(扩大)会议 →
 * congress, plenary, enlarged), its format (视频会议, 分会场, 收听收看 a conference → VIDEO) and the years it reviews and plans (回顾总结2022年工作, 安排部署2023年工作,
 * 2020年工作报告). When only one year is stated the other is its neighbour; an annual meeting with none stated held
 * in January–April reviews the previous year, one held in December plans the next. Stateless and thread-safe.
 */
public final class SessionParser {
    private static final String N = "[0-9一二三四五六七八九十]{1,4}";
    private static final Pattern SESSION = Pattern.compile(
            "第?(" + N + ")届(?:委员会|人民代表大会|人大|政协|委员会)?(?:常务委员会)?第?(" + N + ")次"
            + "(全体(?:\\(扩大\\)|扩大)?会议|全委(?:\\(扩大\\)|扩大)?会议?|全会|会议)");
    private static final Pattern REVIEW = Pattern.compile(
            "(?:回顾|总结|回顾总结|全面总结|总结回顾)了?(\\d{4})年|(\\d{4})年(?:度)?(?:[\\p{IsHan}]{0,8})?工作报告|听取.{0,12}(\\d{4})年");
    private static final Pattern PLAN = Pattern.compile(
            "(?:安排部署|部署|谋划|安排)了?(\\d{4})年|对(\\d{4})年.{0,12}(?:进行了?|作出|做出)?(?:安排部署|部署|安排)");
    /** A video conference, also one followed from a local venue (组织收听收看…, 在…分会场). */
    private static final Pattern VIDEO = Pattern.compile("视频会议|视频形式|视频方式|以视频|视频连线|网络视频|线上形式|分会场"
            // Watching counts only when what is watched is a conference (收听收看全省…推进会/擂台赛), not a film shown
            // before the meeting (会前收听收看警示教育片)
            + "|收听收看了?[^,，。;；]{0,40}(?:会议|大会|(?<![社协学都机晚])会(?![见谈])|擂台赛|视频)");
    private static final Set<MeetingType> ANNUAL = Set.of(MeetingType.THREE_LEVEL_CADRE, MeetingType.ECONOMIC_WORK_CONFERENCE,
            MeetingType.WORK_CONFERENCE, MeetingType.PEOPLES_CONGRESS, MeetingType.CPPCC_SESSION);

    /** The parsed facts; years are empty when unknown. */
    public record Facts(Optional<Session> session, Optional<MeetingFormat> format, Optional<Integer> reviewYear,
                        Optional<Integer> planYear) {
    }

    private SessionParser() {
    }

    /** Session numbering from a meeting name or title; empty when none is stated. */
    public static Optional<Session> session(String text) {
        Matcher m = SESSION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean enlarged = m.group(3).contains("扩大") || text.startsWith("扩大", m.end()) || text.startsWith("(扩大)", m.end());
        return Optional.of(new Session(number(m.group(1)), number(m.group(2)), enlarged));
    }

    /** Format, session and years from title and opening text. {@code when} (meeting or publication date) may be empty. */
    public static Facts parse(String title, String opening, List<MeetingType> types, Optional<LocalDate> when) {
        String both = title + "\n" + opening;
        Optional<Session> session = session(both);
        Optional<MeetingFormat> format = VIDEO.matcher(both).find() ? Optional.of(MeetingFormat.VIDEO) : Optional.empty();
        Optional<Integer> review = firstYear(REVIEW.matcher(both));
        Optional<Integer> plan = firstYear(PLAN.matcher(both));
        if (review.isPresent() && plan.isPresent() && plan.get() <= review.get()) {
            plan = Optional.of(review.get() + 1);
        }
        if (review.isEmpty() && plan.isPresent()) {
            review = Optional.of(plan.get() - 1);
        } else if (plan.isEmpty() && review.isPresent()) {
            plan = Optional.of(review.get() + 1);
        }
        if (review.isEmpty() && when.isPresent() && types.stream().anyMatch(ANNUAL::contains)) {
            int y = when.get().getYear();
            int month = when.get().getMonthValue();
            if (month <= 4) {
                review = Optional.of(y - 1);
                plan = Optional.of(y);
            } else if (month == 12) {
                review = Optional.of(y);
                plan = Optional.of(y + 1);
            }
        }
        return new Facts(session, format, review, plan);
    }

    private static Optional<Integer> firstYear(Matcher m) {
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    int y = Integer.parseInt(m.group(g));
                    if (y >= 1980 && y <= 2100) {
                        return Optional.of(y);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> number(String s) {
        OptionalDouble v = ChineseNumerals.parse(s);
        return v.isPresent() && v.getAsDouble() >= 1 && v.getAsDouble() < 1000 ? Optional.of((int) v.getAsDouble()) : Optional.empty();
    }
}
