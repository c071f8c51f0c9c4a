package yaowen.farm;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The farm's portals: which sites exist, their templates, charsets and footers. */
final class Portal {
    private Portal() {
    }

    static final Charset GBK = Charset.forName("GBK");

    static List<PortalSpec> all() {
        return List.of(
                new PortalSpec("longting", "开封市龙亭区人民政府", Optional.of("410202"), StandardCharsets.UTF_8,
                        new TrsWcmTemplate(), "龙亭要闻", "龙亭区人民政府办公室", "4102020001",
                        "豫ICP备20003810号-1", "41020202000027"),
                new PortalSpec("xiangfu", "开封市祥符区人民政府", Optional.of("410212"), GBK,
                        new HenanGbkTemplate(), "祥符要闻", "开封市祥符区人民政府办公室", "4102120001",
                        "豫ICP备05002117号", "41022102000135"),
                new PortalSpec("wancheng", "南阳市宛城区人民政府", Optional.of("411302"), StandardCharsets.UTF_8,
                        new HanwebTemplate(3421, 7788), "宛城要闻", "南阳市宛城区人民政府办公室", "4113020001",
                        "豫ICP备12011478号-1", "41130202000118"),
                new PortalSpec("nanyang", "南阳市人民政府", Optional.of("411300"), StandardCharsets.UTF_8,
                        new HanwebTemplate(1078, 5012), "南阳要闻", "南阳市人民政府办公室", "4113000001",
                        "豫ICP备05009063号-1", "41130202000046"),
                new PortalSpec("wenmi", "文秘范文网", Optional.empty(), StandardCharsets.UTF_8,
                        new WenmiTemplate(), "领导讲话", "文秘范文网", "", "辽ICP备05005627号-1", ""));
    }
}
