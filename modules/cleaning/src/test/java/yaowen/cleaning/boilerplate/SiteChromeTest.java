package yaowen.cleaning.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteChromeTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "第A03版:", "第C07版:示范晚报 综合 上一版6 8下一版", "下一版»本期共12版, 当前第7版 PDF", "上一期 下一期",
        "返回主页 | 示范晚报 | 标题导航 | 示范日报", "示范网首页 | 示范日报 | 示范晚报", "河南 > 地方", "搜 索", "小字号", "【字体:",
        "长者模式 无障碍", "停止回答", "扫一扫在手机上查看当前页面", "阅读剩余全文(", "原标题:示范县召开大会",
        "(资料图片仅供参考)", "bf3de0d4a7af.Jpeg", "活动现场。王小明摄", "(李大为 摄影)", "王小明摄", "大会现场。某某网记者 李大为摄",
        "获取更多本地资讯,请关注示范县融媒体中心公众号", "01版:要闻", "版面导航", "上一篇 下一篇", "分享让更多人看到", "举报", "阅读原文",
        "![](https://example.gov.cn/images/a1.jpg)", "[图片]", "图片", "（完）", "—完—", "http://www.example.gov.cn/art/2023/1/5/art_1.html"})
    void recognisesSiteChrome(String line) {
        assertThat(SiteChrome.isChrome(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "指标 | 绝对值 | 增速", "增速>5%", "地区生产总值 | 亿元 | 123.4 | 5.6", "工业 | 农业 | 服务业 | 12", "农业生产稳定增长", "一、工业生产增势较好", "搭好比武台 为振兴添活力",
        "会议要求,各部门要进行拍摄", "绘就高质量发展下一版图", "稳增长 促改革 调结构 惠民生", "会议还研究了其他事项。",
        "会议现场", "走进项目建设现场", "美丽乡村摄影", "抓党建 促脱贫 强基础 惠民生 保稳定", "网站首页 新闻中心 政务公开 办事服务 互动交流"})
    void leavesBodyLinesAlone(String line) {
        assertThat(SiteChrome.isChrome(line)).as(line).isFalse();
    }

    /** Captions and link rows that a body can write too: left to the reader that knows where the line stands. */
    @Test
    void softCaptionsAndSpacedRowsAreToldApartFromPeople() {
        assertThat(SiteChrome.isSoftCaption("会议现场")).isTrue();
        assertThat(SiteChrome.isSoftCaption("美丽乡村摄影")).isTrue();
        assertThat(SiteChrome.isSoftCaption("会议要求,要到项目现场")).isFalse();
        assertThat(SiteChrome.isSpacedLinkRow("网站首页 新闻中心 政务公开 办事服务 互动交流")).isTrue();
        assertThat(SiteChrome.isSpacedLinkRow("市领导 王小明 赵小红 李大为 孙小八 周小九")).isFalse();
        assertThat(SiteChrome.isSpacedLinkRow("出席会议的有 钱多多 白小玉 高新 江小河 魏大勇")).isFalse();
        assertThat(SiteChrome.isSpacedLinkRow("王小明 赵小红 李大为 孙小八 周小九")).isFalse();
    }
}
