package yaowen.farm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The farm's endless live stream: routine meetings of the districts, day after day, so a demo never runs dry.
 *
 * <p>Article {@code n} of the stream reports one meeting of one district on day {@code first + n / PER_DAY}:
 * within a day every district holds each kind of meeting once (a standing-committee meeting, an executive
 * meeting, a theory study, a progress meeting, a project tour, a mobilisation meeting, a symposium), so no two
 * reports of the stream are the same meeting (region, day and type differ), and the calendar moves on one day
 * every {@value #PER_DAY} articles. The reports name the districts' current leaders (those of the latest history
 * and farm articles) and state no figures, so they never contradict the history's targets and results. Pure:
 * the same {@code n} and day give the same article.
 */
final class LiveNews {
    /** A district of the stream: site id, short name, its 区委书记 and 区长. */
    record District(String siteId, String name, String secretary, String head) {
    }

    static final List<District> DISTRICTS = List.of(
            new District("longting", "龙亭区", "周文博", "韩立新"),
            new District("xiangfu", "祥符区", "杜志刚", "何文静"),
            new District("wancheng", "宛城区", "樊牛", "郭炜"));

    private static final String[] TOPICS = {
        "安全生产", "优化营商环境", "项目建设", "招商引资", "城市更新", "乡村振兴", "生态环境保护", "民生实事",
        "信访稳定", "教育医疗", "文旅融合", "科技创新", "防范化解风险", "基层治理"
    };

    /** Kinds of meeting per district and day; each is a different meeting type. */
    private static final int KINDS = 7;

    /** Articles per simulated day: every district holds every kind once. */
    static final int PER_DAY = KINDS * 3;

    private LiveNews() {
    }

    /** Article {@code n} (0-based) of the stream whose first day is {@code first}, published at {@code time} of its day. */
    static StoredArticle article(int n, LocalDate first, LocalTime time) {
        District d = DISTRICTS.get(n % DISTRICTS.size());
        int kind = (n / DISTRICTS.size()) % KINDS;
        LocalDate day = first.plusDays(n / PER_DAY);
        String topic = TOPICS[(n / PER_DAY * 5 + kind * 3 + n % DISTRICTS.size()) % TOPICS.length];
        String other = TOPICS[(n / PER_DAY * 7 + kind * 2 + 4) % TOPICS.length];
        String when = day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        String title;
        List<String> body;
        switch (kind) {
            case 0 -> {
                title = d.name() + "委常委会召开会议 研究部署" + topic + "工作";
                body = List.of(when + ",区委书记" + d.secretary() + "主持召开区委常委会会议,传达学习上级有关会议精神,研究部署"
                                + topic + "等工作。",
                        "会议指出,做好" + topic + "工作事关全区发展大局,各级各部门要提高政治站位,细化工作措施,压实工作责任。",
                        "会议还研究了其他事项。");
            }
            case 1 -> {
                title = "区政府召开常务会议 研究" + topic + "等事项";
                body = List.of(when + ",区委副书记、区长" + d.head() + "主持召开区政府常务会议,研究" + topic + "、" + other
                                + "等事项。副区长出席会议。",
                        "会议强调,要坚持问题导向,盯紧重点任务,确保" + topic + "各项措施落地见效。",
                        "会议原则通过了有关文件,要求相关部门抓好贯彻落实。");
            }
            case 2 -> {
                title = d.name() + "委理论学习中心组举行集体学习";
                body = List.of(when + ",区委理论学习中心组举行集体学习,围绕" + topic + "开展专题学习研讨。区委书记"
                                + d.secretary() + "主持会议并讲话。",
                        d.secretary() + "强调,要坚持学思用贯通、知信行统一,把学习成果转化为推动" + topic + "的实际成效。",
                        "区委理论学习中心组成员结合分管工作作了交流发言。");
            }
            case 3 -> {
                title = d.name() + "召开" + topic + "工作推进会";
                body = List.of(when + "," + d.name() + "召开" + topic + "工作推进会,通报近期工作进展,安排部署下一阶段任务。区长"
                                + d.head() + "出席会议并讲话。",
                        d.head() + "要求,各责任单位要对照任务清单,倒排工期、挂图作战,确保各项任务按期完成。",
                        "会上,相关乡镇(街道)和区直部门作了汇报发言。");
            }
            case 4 -> {
                title = d.name() + "召开重点项目观摩会";
                body = List.of(when + "," + d.name() + "召开重点项目观摩会,区委书记" + d.secretary()
                                + "带领观摩组实地观摩了部分重点项目,现场了解" + topic + "有关情况。",
                        d.secretary() + "强调,要以观摩为契机,比进度、比质量、比成效,以项目建设的加速度推动高质量发展。",
                        "观摩结束后召开了点评会,各乡镇(街道)作了交流发言。");
            }
            case 5 -> {
                title = d.name() + "召开" + topic + "专项行动动员部署会";
                body = List.of(when + "," + d.name() + "召开" + topic + "专项行动动员部署会。区委副书记、区长" + d.head()
                                + "出席会议并讲话。",
                        d.head() + "指出,开展" + topic + "专项行动,是推动全区高质量发展的重要举措,各级各部门要迅速行动、"
                                + "精心组织,确保专项行动取得实效。",
                        "会议印发了专项行动实施方案。");
            }
            default -> {
                title = d.name() + "召开" + topic + "工作座谈会";
                body = List.of(when + "," + d.name() + "召开" + topic + "工作座谈会,听取企业代表和基层干部的意见建议。区委书记"
                                + d.secretary() + "主持座谈会并讲话。",
                        "座谈会上,与会代表围绕" + topic + "、" + other + "等方面畅所欲言,提出了意见建议。",
                        d.secretary() + "表示,对大家提出的意见建议,相关部门要逐条梳理、限时办结,及时反馈。");
            }
        }
        LocalDateTime at = day.atTime(time);
        String file = String.format("live/%06d.txt", n);
        return new StoredArticle(d.siteId(), file, title, day + " " + time, at, d.name() + "融媒体中心", "",
                Optional.empty(), body);
    }
}
