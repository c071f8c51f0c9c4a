package yaowen.web;

import static yaowen.web.Html.escape;

import java.util.List;
import java.util.stream.Collectors;
import yaowen.stores.MeetingRow;
import yaowen.stores.MetricRow;
import yaowen.stores.PersonRow;
import yaowen.records.Vocabulary;

/**
 * Server-rendered HTML: the dashboard, a meeting's page and error pages. Everything from the store is
 * escaped; links to articles are kept only when they are http(s). No external assets. Stateless.
 */
final class DashboardPages {
    private static final String CSS = """
            :root{--fg:#1f2328;--muted:#656d76;--line:#d8dee4;--accent:#b42318;--bg:#fff;--zebra:#f6f8fa}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--fg);background:var(--bg)}
            header{padding:1.2rem 2rem;border-bottom:3px solid var(--accent)}
            header h1{margin:0;font-size:1.4rem}header h1 a{color:inherit;text-decoration:none}
            header p{margin:.2rem 0 0;color:var(--muted)}
            main{padding:1rem 2rem 3rem;max-width:1400px}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid var(--line)}
            th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
            tbody tr:nth-child(even){background:var(--zebra)}
            td.num{white-space:nowrap;text-align:right;font-variant-numeric:tabular-nums}
            td.nowrap{white-space:nowrap}
            .tag{display:inline-block;padding:0 .4rem;margin:0 .2rem .2rem 0;border:1px solid var(--line);border-radius:3px;font-size:.8rem}
            .muted{color:var(--muted)}.evidence{color:var(--muted);font-size:.85rem}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{color:var(--muted)}dd{margin:0}
            a{color:#0969da}
            """;

    private DashboardPages() {
    }

    static String dashboard(List<MeetingRow> meetings, int limit) {
        StringBuilder html = head("Yaowen 要闻 · 会议");
        html.append("<header><h1><a href=\"/\">Yaowen 要闻</a></h1><p>Meetings announced by local governments, newest first · ")
                .append("<span id=\"status\">").append(meetings.size()).append(" meetings</span></p></header>\n<main>\n")
                .append("<table id=\"meetings\" data-limit=\"").append(limit).append("\"><thead><tr>")
                .append("<th>Date</th><th>Region</th><th>Types</th><th>Meeting</th><th>Source</th></tr></thead>\n<tbody>\n");
        for (MeetingRow m : meetings) {
            html.append("<tr><td class=\"nowrap\">").append(m.date() == null ? "<span class=\"muted\">—</span>" : escape(m.date().toString()))
                    .append("</td><td>").append(escape(m.regionLabel()))
                    .append("</td><td>").append(tags(m.types()))
                    .append("</td><td><a href=\"").append(escape(Html.meetingPath(m.key()))).append("\">")
                    .append(escape(m.nameOrTitle())).append("</a></td><td><a href=\"").append(Html.href(m.url()))
                    .append("\" rel=\"noopener noreferrer\" target=\"_blank\">article</a></td></tr>\n");
        }
        if (meetings.isEmpty()) {
            html.append("<tr class=\"empty\"><td colspan=\"5\" class=\"muted\">No meetings yet.</td></tr>\n");
        }
        html.append("</tbody></table>\n</main>\n<script>\n").append(SCRIPT).append("</script>\n</body></html>\n");
        return html.toString();
    }

    static String meeting(MeetingRow m, List<MetricRow> metrics) {
        StringBuilder html = head(m.nameOrTitle() + " · Yaowen");
        html.append("<header><h1><a href=\"/\">Yaowen 要闻</a></h1><p>").append(escape(m.nameOrTitle()))
                .append("</p></header>\n<main>\n<dl>\n");
        field(html, "Date", m.date() == null ? null : m.date().toString());
        field(html, "Region", m.regionLabel());
        html.append("<dt>Types</dt><dd>").append(tags(m.types())).append("</dd>\n");
        field(html, "Name", m.name());
        field(html, "Title", m.title());
        field(html, "Format", m.format());
        if (m.congress() != null || m.plenary() != null) {
            field(html, "Session", "congress " + (m.congress() == null ? "?" : m.congress()) + ", plenary "
                    + (m.plenary() == null ? "?" : m.plenary()) + (Boolean.TRUE.equals(m.enlarged()) ? " (enlarged)" : ""));
        }
        field(html, "Review year", m.reviewYear() == null ? null : m.reviewYear().toString());
        field(html, "Plan year", m.planYear() == null ? null : m.planYear().toString());
        field(html, "Published", m.publishedAt());
        if (!m.people().isEmpty()) {
            html.append("<dt>People</dt><dd>").append(m.people().stream().map(DashboardPages::person)
                    .collect(Collectors.joining("、"))).append("</dd>\n");
        }
        html.append("<dt>Sources</dt><dd>").append(m.sources().stream()
                .map(s -> "<a href=\"" + Html.href(s.url()) + "\" rel=\"noopener noreferrer\">" + escape(s.url()) + "</a>"
                        + (s.siteId() == null ? "" : " <span class=\"muted\">" + escape(s.siteId()) + "</span>"))
                .collect(Collectors.joining("<br>"))).append("</dd>\n");
        field(html, "Key", m.key());
        html.append("</dl>\n<h2>Figures</h2>\n");
        if (metrics.isEmpty()) {
            html.append("<p class=\"muted\">No figures extracted.</p>\n");
        } else {
            html.append("<table id=\"metrics\"><thead><tr><th>Indicator</th><th>Kind</th><th>Year</th><th>Measure</th>")
                    .append("<th>Value</th><th>Qualifier</th><th>Raw</th><th>Evidence</th></tr></thead>\n<tbody>\n");
            for (MetricRow x : metrics) {
                html.append("<tr><td>").append(escape(x.indicator())).append("<br><span class=\"muted\">")
                        .append(escape(x.label())).append("</span>").append(x.scope() == null ? "" : " · " + escape(x.scope()))
                        .append("</td><td>").append(escape(x.kind())).append(x.preliminary() ? " <span class=\"muted\">(est.)</span>" : "")
                        .append("</td><td class=\"nowrap\">").append(x.year() == null ? "" : x.year())
                        .append(x.period() == null ? "" : " " + escape(x.period()))
                        .append("</td><td>").append(escape(x.measure()))
                        .append("</td><td class=\"num\">").append(escape(Vocabulary.amount(x.value(), x.unit(), Vocabulary.TABLE_DECIMALS)))
                        .append(x.conflict() ? " <strong class=\"conflict\">conflict: " + escape(competing(x)) + "</strong>" : "")
                        .append("</td><td>").append(escape(x.qualifier()))
                        .append("</td><td>").append(escape(x.raw()))
                        .append("</td><td class=\"evidence\">").append(escape(x.evidence())).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        html.append("</main>\n</body></html>\n");
        return html.toString();
    }

    /** The values the reports of a conflicting metric state, each once: "6.5% APPROX / 6.0%". */
    static String competing(MetricRow x) {
        return x.reports().stream()
                .map(e -> Vocabulary.amount(e.value(), x.unit(), Vocabulary.TABLE_DECIMALS)
                        + (e.qualifier() == null ? "" : " " + e.qualifier()))
                .distinct().collect(Collectors.joining(" / "));
    }

    static String error(int status, String message) {
        return head(status + " · Yaowen").append("<header><h1><a href=\"/\">Yaowen 要闻</a></h1><p>").append(status)
                .append("</p></header>\n<main><p>").append(escape(message)).append("</p></main>\n</body></html>\n").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(8192).append("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
                .append(escape(title)).append("</title><style>").append(CSS).append("</style></head>\n<body>\n");
    }

    private static void field(StringBuilder html, String name, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<dt>").append(name).append("</dt><dd>").append(escape(value)).append("</dd>\n");
        }
    }

    private static String tags(List<String> types) {
        return types.stream().map(t -> "<span class=\"tag\" title=\"" + escape(t) + "\">" + escape(Vocabulary.meetingType(t)) + "</span>")
                .collect(Collectors.joining());
    }

    private static String person(PersonRow p) {
        return escape(p.role()) + " " + escape(p.name()) + (p.part() == null ? "" : " <span class=\"muted\">(" + escape(p.part()) + ")</span>");
    }

    /** Polls the API every 5 s and redraws the table with DOM text nodes (no HTML from data). */
    private static final String SCRIPT = """
            (function () {
              var table = document.getElementById('meetings');
              var limit = table.getAttribute('data-limit');
              var status = document.getElementById('status');
              function cell(row, text, cls) {
                var td = document.createElement('td');
                if (cls) td.className = cls;
                if (text !== null && text !== undefined) td.textContent = text;
                row.appendChild(td);
                return td;
              }
              function link(td, href, text, external) {
                var a = document.createElement('a');
                a.href = href; a.textContent = text;
                if (external) { a.rel = 'noopener noreferrer'; a.target = '_blank'; }
                td.appendChild(a);
              }
              function draw(data) {
                var body = document.createElement('tbody');
                data.meetings.forEach(function (m) {
                  var tr = document.createElement('tr');
                  cell(tr, m.date || '—', 'nowrap');
                  cell(tr, m.region.label);
                  var types = cell(tr, null);
                  m.typeLabels.forEach(function (label, i) {
                    var span = document.createElement('span');
                    span.className = 'tag'; span.title = m.types[i]; span.textContent = label;
                    types.appendChild(span);
                  });
                  link(cell(tr, null), m.href, m.displayName, false);
                  link(cell(tr, null), /^https?:\\/\\//i.test(m.url) ? m.url : '#', 'article', true);
                  body.appendChild(tr);
                });
                table.replaceChild(body, table.tBodies[0]);
                status.textContent = data.count + ' meetings · updated ' + new Date().toLocaleTimeString();
              }
              function poll() {
                fetch('/api/meetings?limit=' + encodeURIComponent(limit), {cache: 'no-store'})
                  .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
                  .then(draw)
                  .catch(function () { status.textContent = 'offline · retrying'; });
              }
              setInterval(poll, 5000);
            })();
            """;
}
