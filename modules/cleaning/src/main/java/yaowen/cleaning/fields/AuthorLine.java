package yaowen.cleaning.fields;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads authors from credit lines: {@code 记者 张三 李四}, {@code 作者：王五}, {@code 融媒体记者:李仪佳、乔盈盈},
 * {@code （通讯员 赵六）}, and trailing credits such as {@code (南阳广播电视台 王晓宇 王方方 杜林霞)}.
 * Editors and reviewers (编辑, 责任编辑, 审核, 校对 …) are not authors: text after their label is
 * ignored. Stateless and thread-safe.
 */
public final class AuthorLine {
    private static final String AUTHOR_LABEL =
            "(?:融媒体记者|全媒体记者|融媒记者|全媒记者|本报记者|本台记者|本网记者|新华社记者|特约记者|见习记者|实习记者|首席记者|记者|"
            + "特约通讯员|通讯员|作者|撰稿|撰文|文字(?=\\s*[:：])|文/图|图/文|文图|摄影|摄像|供稿|文(?=\\s*[:：/])|图(?=\\s*[:：/]))";
    static final Pattern LABEL = Pattern.compile(AUTHOR_LABEL + "\\s*[:：/|｜]?\\s*");
    static final Pattern LEADING_LABEL = Pattern.compile("^" + AUTHOR_LABEL + "[:：]?");
    private static final Pattern ORGANISATION = Pattern.compile(".{2,}(?:台|报|社|网|中心|站|局|部|委|办)");
    static final Pattern HAN_NAME = Pattern.compile("[\\p{IsHan}·]{2,4}");
    private static final Pattern BRACKETS = Pattern.compile("^[（(【\\[■●◆▲★□]+|[)）】\\]]+$");
    static final Pattern EDITOR = Pattern.compile(
            "(?:责任编辑|值班编辑|实习编辑|编辑|责编|助编|编审|审核|审校|校对|终审|初审|复审|二审|三审|签发|监制|总监制|总编辑|"
            + "主编|统筹|策划|总策划|出品人|制片人|"
            + "制作|发布者|发布人|来源|信息来源|发布时间|更新时间|发稿时间|发布日期|更新日期|时间|日期|浏览|点击|阅读|字号|字体|分享)");
    /** What follows a label in a credit. */
    private static final String SEPARATOR = ":：/|｜ \u3000\u00A0";
    private static final String AUTHOR_LABEL_CHARS = "记员作撰文摄供";
    /** Every character an {@link #AUTHOR_LABEL} or {@link #EDITOR} alternative starts with. */
    private static final String LABEL_FIRST_CHARS = firstChars(AUTHOR_LABEL + "|" + EDITOR.pattern());
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,4}|[A-Za-z][A-Za-z0-9_.]{1,20}");
    private static final Pattern TRAILING_CREDIT = Pattern.compile("[（(]([^（()）]{2,48})[)）]?\\s*$");
    static final Set<String> NOT_NAMES = Set.of("本报", "本台", "本网", "报道", "记者", "通讯员", "编辑", "图片",
            "来源", "供图", "摄影", "作者", "综合", "整理", "报道组", "融媒体", "新华社", "中新网", "据悉", "图文",
            "admin", "Admin", "ADMIN", "administrator", "管理员", "系统管理员", "本站", "网站", "小编",
            "草案", "全文", "摘要", "节选", "附件", "讨论稿", "征求意见稿", "待续", "未完", "完");

    private AuthorLine() {
    }

    /** Authors named after an author label in {@code line}; empty when the line names none. */
    public static List<String> authors(String line) {
        if (!mayHoldAuthorLabel(line)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LABEL.matcher(line);
        int from = 0;
        while (from < line.length() && m.find(from)) {
            if (m.start() > 0 && isHan(line.charAt(m.start() - 1)) && !isCreditPrefix(line, m.start())
                    && !colonAfter(line, m.end())) {
                from = m.end();
                continue; // "新闻记者节" or a word inside a sentence
            }
            int end = segmentEnd(line, m.end());
            names(line.substring(m.end(), end), out);
            from = Math.max(end, m.end());
        }
        return List.copyOf(out);
    }

    /**
     * Authors of a trailing parenthesised credit at the end of a paragraph, e.g.
     * {@code …递交了目标责任书。(南阳广播电视台 王晓宇 王方方 杜林霞)}; the first token is dropped when it is
     * an organisation (…台, …报, …社, …网, …中心) or {@code source}.
     */
    public static List<String> trailingCredit(String line, String source) {
        Matcher m = TRAILING_CREDIT.matcher(line);
        if (!m.find()) {
            return List.of();
        }
        String inner = m.group(1).trim();
        if (LABEL.matcher(inner).lookingAt()) {
            return authors(inner);
        }
        String[] tokens = BylineCredits.TOKENS.split(inner);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (i == 0 && tokens.length > 1 && (t.equals(source) || ORGANISATION.matcher(t).matches() || endsWithLabel(t))) {
                continue; // 南阳广播电视台, or 某某日报全媒体记者
            }
            if (LABEL.matcher(t).matches()) {
                continue;
            }
            if (!HAN_NAME.matcher(t).matches() || NOT_NAMES.contains(t) || PersonNames.isOfficeOrPlace(t)) {
                return List.of(); // (县长 张三), (示范县 新城区): an office or a place, no credit
            }
            names.add(t);
        }
        return names.isEmpty() || tokens.length < 2 ? List.of() : List.copyOf(names);
    }

    /** A token that ends with a reporter's label after an organisation: {@code 某某日报全媒体记者}. */
    static boolean endsWithLabel(String token) {
        return token.length() > 2 && (token.endsWith("记者") || token.endsWith("通讯员"));
    }

    /** Whether {@code line} is only a credit (authors and/or editors), so it should leave the body. */
    public static boolean isCreditLine(String line) {
        if (line.length() > 64 || !mayStartWithLabel(line)) {
            return false;
        }
        String s = BRACKETS.matcher(line).replaceAll("").trim();
        Matcher m = LABEL.matcher(s);
        Matcher e = EDITOR.matcher(s);
        // an editor's label is followed by a separator: 统筹推进… or 策划方案… starts a sentence, not a credit
        boolean startsWithLabel = m.lookingAt() || e.lookingAt() && (e.end() == s.length() || SEPARATOR.indexOf(s.charAt(e.end())) >= 0);
        return startsWithLabel && s.length() <= 60 && !s.contains("。");
    }

    /** Cheap test before the regexes: every {@link #AUTHOR_LABEL} alternative holds one of 记员作撰文摄供. */
    private static boolean mayHoldAuthorLabel(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (AUTHOR_LABEL_CHARS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cheap test before the regexes: after leading brackets and spaces, the line starts with a character
     * that some author or editor label starts with.
     */
    private static boolean mayStartWithLabel(String line) {
        int i = 0;
        while (i < line.length() && "（(【[■●◆▲★□".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        while (i < line.length() && line.charAt(i) <= ' ') {
            i++;
        }
        return i < line.length() && LABEL_FIRST_CHARS.indexOf(line.charAt(i)) >= 0;
    }

    /** A label with its colon ({@code …办公室作者：李四}, spans glued without space) is a label even after a word. */
    private static boolean colonAfter(String line, int labelEnd) {
        int i = labelEnd - 1;
        while (i > 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        return line.charAt(i) == ':' || line.charAt(i) == '：';
    }

    private static boolean isCreditPrefix(String line, int labelStart) {
        String before = line.substring(Math.max(0, labelStart - 3), labelStart);
        return before.endsWith("本报") || before.endsWith("本台") || before.endsWith("讯") || before.endsWith("社");
    }

    private static int segmentEnd(String line, int from) {
        Matcher e = EDITOR.matcher(line);
        int end = line.length();
        if (e.find(from)) {
            end = e.start();
        }
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (c == '。' || c == '）' || c == ')' || c == '】' || c == ']' || c == '；' || c == ';' || c == ':' || c == '：') {
                return i;
            }
        }
        return end;
    }

    private static void names(String segment, Set<String> out) {
        Matcher label = LABEL.matcher(segment);
        for (String token : segment.split("[\\s、，,/|｜]+")) {
            String t = token.trim();
            if (label.reset(t).matches() || t.equals("文") || t.equals("图")) {
                continue; // 文/张三 图/李四: the labels split off by the slash
            }
            t = LEADING_LABEL.matcher(t).replaceFirst("");
            if (t.endsWith("报道")) {
                return; // 某地报道 closes a byline
            }
            if (NAME.matcher(t).matches() && !NOT_NAMES.contains(t)) {
                out.add(t);
            } else if (!t.isEmpty() && !out.isEmpty()) {
                return; // prose after the names
            }
        }
    }

    /** The first character of each top-level alternative of {@code (?:a|b|…)} (alternatives start with a literal). */
    private static String firstChars(String alternation) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean atStart = true;
        for (int i = 0; i < alternation.length(); i++) {
            char c = alternation.charAt(i);
            if (c == '(') {
                depth++;
                if (alternation.startsWith("(?:", i) && depth == 1) {
                    i += 2;
                    atStart = true;
                    continue;
                }
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth <= 1) {
                atStart = true;
                continue;
            }
            if (atStart && depth <= 1) {
                if ("\\[](){}.*+?^$".indexOf(c) >= 0) {
                    throw new IllegalStateException("label alternatives must start with a literal: " + alternation);
                }
                out.append(c);
            }
            atStart = false;
        }
        return out.toString();
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }
}
