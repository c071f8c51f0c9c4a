package yaowen.farm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The farm's live stream: routine meetings of the districts and the city, dated the day they are published.
 *
 * <p>A day holds {@value #PER_DAY} reports: every region of {@link #REGIONS} holds each kind of meeting once (a
 * standing-committee meeting, an executive meeting, a theory study, a progress meeting, a project tour, a
 * mobilisation meeting, a symposium: seven meeting types the pipeline tells apart), so no two reports of a day are
 * the same meeting (region and type differ). Report {@code slot} of a day is region {@code slot % REGIONS}, kind
 * {@code slot / REGIONS}; the topics rotate with the day. The reports name the regions' current leaders (for the
 * districts, those of the latest history year, see {@code FarmHistoryTest}) and state no figures, so they never
 * contradict the history's targets and results. Pure: the same slot, day and time give the same article.
 */
final class LiveNews {
    /**
     * A region of the stream: site id, name, its level (区 or 市), its 书记 and its head (区长 or 市长), the
     * source that reports its meetings and who reports to its meetings from below (乡镇(街道) or 县市区).
     */
    record Region(String siteId, String name, String level, String secretary, String head, String source,
                  String below) {
    }

    static final List<Region> REGIONS = List.of(
            new Region("longting", "龙亭区", "区", "周文博", "韩立新", "龙亭区融媒体中心", "乡镇(街道)"),
            new Region("xiangfu", "祥符区", "区", "杜志刚", "何文静", "祥符区融媒体中心", "乡镇(街道)"),
            new Region("wancheng", "宛城区", "区", "樊牛", "郭炜", "宛城区融媒体中心", "乡镇(街道)"),
            new Region("nanyang", "南阳市", "市", "秦立华", "邓光远", "南阳日报", "各县市区"));

    private static final String[] TOPICS = {
        "安全生产", "优化营商环境", "项目建设", "招商引资", "城市更新", "乡村振兴", "生态环境保护", "民生实事",
        "信访稳定", "教育医疗", "文旅融合", "科技创新", "防范化解风险", "基层治理"
    };

    /** Kinds of meeting per region and day; each is a different meeting type. */
    private static final int KINDS = 7;

    /** Reports per day: every region holds every kind once. When they are out, the stream waits for the next day. */
    static final int PER_DAY = KINDS * REGIONS.size();

    private LiveNews() {
    }

    /** Report {@code slot} (0 to {@link #PER_DAY} − 1) of {@code day}, published at {@code time} of that day. */
    static StoredArticle article(int slot, LocalDate day, LocalTime time) {
        if (slot < 0 || slot >= PER_DAY) {
            throw new IllegalArgumentException("a day has " + PER_DAY + " reports, slot was " + slot);
        }
        Region d = REGIONS.get(slot % REGIONS.size());
        int kind = slot / REGIONS.size();
        long dayNo = day.toEpochDay();
        String topic = TOPICS[(int) Math.floorMod(dayNo * 5 + kind * 3 + slot % REGIONS.size(), TOPICS.length)];
        String other = TOPICS[(int) Math.floorMod(dayNo * 7 + kind * 2 + 4, TOPICS.length)];
        String when = day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        String lv = d.level();
        String whole = "全" + lv;
        String title;
        List<String> body;
        switch (kind) {
            case 0 -> {
                title = d.name() + "委常委会召开会议 研究部署" + topic + "工作";
                body = List.of(when + "," + lv + "委书记" + d.secretary() + "主持召开" + lv + "委常委会会议,传达学习上级有关会议精神,研究部署"
                                + topic + "等工作。",
                        "会议指出,做好" + topic + "工作事关" + whole + "发展大局,各级各部门要提高政治站位,细化工作措施,压实工作责任。",
                        "会议还研究了其他事项。");
            }
            case 1 -> {
                title = d.name() + "政府召开常务会议 研究" + topic + "等事项";
                body = List.of(when + "," + lv + "委副书记、" + lv + "长" + d.head() + "主持召开" + lv + "政府常务会议,研究" + topic + "、" + other
                                + "等事项。副" + lv + "长出席会议。",
                        "会议强调,要坚持问题导向,盯紧重点任务,确保" + topic + "各项措施落地见效。",
                        "会议原则通过了有关文件,要求相关部门抓好贯彻落实。");
            }
            case 2 -> {
                title = d.name() + "委理论学习中心组举行集体学习";
                body = List.of(when + "," + lv + "委理论学习中心组举行集体学习,围绕" + topic + "开展专题学习研讨。" + lv + "委书记"
                                + d.secretary() + "主持会议并讲话。",
                        d.secretary() + "强调,要坚持学思用贯通、知信行统一,把学习成果转化为推动" + topic + "的实际成效。",
                        lv + "委理论学习中心组成员结合分管工作作了交流发言。");
            }
            case 3 -> {
                title = d.name() + "召开" + topic + "工作推进会";
                body = List.of(when + "," + d.name() + "召开" + topic + "工作推进会,通报近期工作进展,安排部署下一阶段任务。" + lv + "长"
                                + d.head() + "出席会议并讲话。",
                        d.head() + "要求,各责任单位要对照任务清单,倒排工期、挂图作战,确保各项任务按期完成。",
                        "会上,相关" + d.below() + "和" + lv + "直部门作了汇报发言。");
            }
            case 4 -> {
                title = d.name() + "召开重点项目观摩会";
                body = List.of(when + "," + d.name() + "召开重点项目观摩会," + lv + "委书记" + d.secretary()
                                + "带领观摩组实地观摩了部分重点项目,现场了解" + topic + "有关情况。",
                        d.secretary() + "强调,要以观摩为契机,比进度、比质量、比成效,以项目建设的加速度推动高质量发展。",
                        "观摩结束后召开了点评会," + d.below() + "作了交流发言。");
            }
            case 5 -> {
                title = d.name() + "召开" + topic + "专项行动动员部署会";
                body = List.of(when + "," + d.name() + "召开" + topic + "专项行动动员部署会。" + lv + "委副书记、" + lv + "长" + d.head()
                                + "出席会议并讲话。",
                        d.head() + "指出,开展" + topic + "专项行动,是推动" + whole + "高质量发展的重要举措,各级各部门要迅速行动、"
                                + "精心组织,确保专项行动取得实效。",
                        "会议印发了专项行动实施方案。");
            }
            default -> {
                title = d.name() + "召开" + topic + "工作座谈会";
                body = List.of(when + "," + d.name() + "召开" + topic + "工作座谈会,听取企业代表和基层干部的意见建议。" + lv + "委书记"
                                + d.secretary() + "主持座谈会并讲话。",
                        "座谈会上,与会代表围绕" + topic + "、" + other + "等方面畅所欲言,提出了意见建议。",
                        d.secretary() + "表示,对大家提出的意见建议,相关部门要逐条梳理、限时办结,及时反馈。");
            }
        }
        LocalDateTime at = day.atTime(time);
        String file = String.format("live/%s-%02d.txt", day, slot);
        return new StoredArticle(d.siteId(), file, title, day + " " + time, at, d.source(), "", Optional.empty(), body);
    }
}
