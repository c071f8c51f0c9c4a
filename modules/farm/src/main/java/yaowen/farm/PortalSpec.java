package yaowen.farm;

import java.nio.charset.Charset;
import java.util.Optional;

/** The fixed description of one portal: identity, charset, template and footer facts. */
record PortalSpec(String id, String name, Optional<String> regionCode, Charset charset, SiteTemplate template,
                  String column, String host, String siteCode, String icp, String police) {
}
