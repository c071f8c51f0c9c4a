#!/usr/bin/env python3
"""Writes the farm's history articles: five years (2021-2025) of invented district news.

Run once from the repository root (python3 modules/farm/tools/generate_history.py); the output,
src/main/resources/yaowen/farm/articles/<site>/history/NN.txt, is committed, so the build never runs this.
Every number lives in the tables below: a district's year-opening conference states that year's targets,
its statistics bureau's release in March or April of the next year states the actuals of the same
indicators. Every level follows from the year before by its own growth rate (to the rounding shown): the tables
hold the growth rates and one anchor year's levels, the script chains the other years from it, carries each
sector's value added forward by its growth and takes the third sector's growth from the remainder, so the
three always add up to the whole; assertions stop the script if any stated pair disagrees. Where an existing farm article (articles/<site>/NN.txt) already states a figure or a leader,
the tables repeat it, so the farm never contradicts itself. Wording is picked from variants with a fixed
seed: the same tables always give the same files. All text is invented.
"""
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                   "yaowen", "farm", "articles")

# Indicator codes: G 生产总值, I 规上工业增加值, F 固定资产投资, R 社会消费品零售总额, V 一般公共预算收入.
NAMES = {"G": "生产总值", "I": "规模以上工业增加值", "F": "固定资产投资", "R": "社会消费品零售总额",
         "V": "一般公共预算收入"}

DISTRICTS = {
    "longting": {
        "short": "龙亭区", "full": "开封市龙亭区", "media": "龙亭区融媒体中心", "stats": "龙亭区统计局",
        "reporters": ["赵明轩", "孙悦", "刘佳"],
        # leaders by year: secretary, head, head is acting (代区长), congress chair, CPPCC chair
        "leaders": {2022: ("张正濠", "李涛", False, "马国庆", "刘素梅"),
                    2023: ("周文博", "韩立新", True, "马国庆", "黄永平"),
                    2025: ("周文博", "韩立新", False, "马国庆", "黄永平")},
        # targets (growth %, ~ 左右) of the years whose conference this script writes
        "targets": {2022: {"G": 7, "I": 7.5, "F": 10, "R": 8, "V": 6},
                    2023: {"G": 6.5, "I": 7, "F": 10, "R": 7, "V": 6},
                    2025: {"G": 6, "I": 7, "F": 9, "R": 7, "V": 5}},
        # actuals: growth %; levels (亿元) of G, R, V in the anchor years only, the others are chained.
        # 2023 repeats articles/longting/02.txt, 2020's levels articles/longting/01.txt (the growth rates of
        # 2021 and 2022 are chosen so that the chain joins them)
        "actuals": {2020: {"GL": 66.59, "VL": 1.84},
                    2021: {"G": 12.4, "I": 13.1, "F": 6.2, "R": 12.6, "V": 7.4},
                    2022: {"G": 9.3, "I": 10.5, "F": 10.6, "R": 1.2, "V": 10.1},
                    2023: {"G": 5.6, "I": 6.2, "F": 9.8, "R": 7.1, "V": 8.3, "GL": 86.4, "RL": 41.7, "VL": 2.36},
                    2024: {"G": 6.1, "I": 7.4, "F": 8.7, "R": 6.2, "V": 6.5}},
        "conferences": {2022: ("01-14", "经济工作会议"), 2023: ("01-10", "全会暨经济工作会议"),
                        2025: ("01-09", "经济工作会议")},
        "releases": {2021: "03-22", 2022: "03-28", 2023: "03-26", 2024: "03-21"},
        "focus": ["宋都古城保护与修缮", "北门大街片区更新", "沿黄生态文化旅游带", "夜间文旅消费集聚区"],
        "session": {2023: (11, 4)},
    },
    "xiangfu": {
        "short": "祥符区", "full": "开封市祥符区", "media": "祥符区融媒体中心", "stats": "祥符区统计局",
        "reporters": ["马晓东", "郑丽"],
        "leaders": {2021: ("王彦涛", "张红军", False, "袁立平", "孟庆华"),
                    2022: ("王彦涛", "张红军", False, "袁立平", "孟庆华"),
                    2025: ("杜志刚", "何文静", False, "袁立平", "孟庆华")},
        "targets": {2021: {"G": 8, "I": 9, "F": 10, "R": 12, "V": 8},
                    2022: {"G": 7.5, "I": 9, "F": 12, "R": 8, "V": 8},
                    2025: {"G": 6.5, "I": 8, "F": 12, "R": 7, "V": 6}},
        # 2025's investment target repeats articles/xiangfu/07.txt, word for word (增长12%以上)
        "target_words": {2025: {"F": "以上"}},
        # 2023 repeats articles/xiangfu/02.txt
        "actuals": {2021: {"G": 8.7, "I": 12.4, "F": 10.9, "R": 13.1, "V": 7.1},
                    2022: {"G": 4.1, "I": 6.3, "F": 12.8, "R": 3.2, "V": 9.9},
                    2023: {"G": 5.2, "I": 8.6, "F": 12.3, "R": 6.5, "V": 9.2, "GL": 392.6, "RL": 128.4, "VL": 16.8},
                    2024: {"G": 7.1, "I": 9.4, "F": 10.6, "R": 6.8, "V": 8.3}},
        "conferences": {2021: ("02-03", "三级干部会议"), 2022: ("01-21", "经济工作会议"),
                        2025: ("01-16", "经济工作会议")},
        "releases": {2021: "04-08", 2022: "04-12", 2023: "04-09", 2024: "04-03"},
        "focus": ["仪器仪表产业园", "新材料产业园", "冷链物流中心", "高标准农田建设"],
        "session": {},
    },
    "wancheng": {
        "short": "宛城区", "full": "南阳市宛城区", "media": "宛城区融媒体中心", "stats": "宛城区统计局",
        "reporters": ["李仪佳", "乔盈盈"],
        "leaders": {2021: ("孔令军", "樊牛", False, "金海涛", "蔡文华"),
                    2022: ("孔令军", "樊牛", False, "金海涛", "蔡文华"),
                    2023: ("樊牛", "郭炜", True, "金海涛", "蔡文华"),
                    2025: ("樊牛", "郭炜", False, "金海涛", "蔡文华")},
        "targets": {2021: {"G": 8, "I": 9, "F": 10, "R": 10, "V": 8},
                    2022: {"G": 7, "I": 8, "F": 10, "R": 7, "V": 7},
                    2023: {"G": 6.5, "I": 8, "F": 11, "R": 6, "V": 8},
                    2025: {"G": 6.5, "I": 8, "F": 10, "R": 7, "V": 6}},
        # 2023 repeats articles/wancheng/02.txt; 2024's GDP and retail growth repeat wancheng/01.txt
        "actuals": {2021: {"G": 8.9, "I": 11.2, "F": 9.6, "R": 11.8, "V": 9.7},
                    2022: {"G": 4.6, "I": 7.2, "F": 11.3, "R": 2.4, "V": 5.3},
                    2023: {"G": 5.9, "I": 8.1, "F": 11.6, "R": 6.8, "V": 10.4, "GL": 392.1, "RL": 186.5, "VL": 12.3},
                    2024: {"G": 5.7, "I": 8.6, "F": 9.2, "R": 7.3, "V": 6.9}},
        "conferences": {2021: ("01-22", "全会暨经济工作会议"), 2022: ("02-09", "三级干部会议"),
                        2023: ("01-13", "经济工作会议"), 2025: ("01-10", "全会暨经济工作会议")},
        "releases": {2021: "03-16", 2022: "03-15", 2023: "03-19", 2024: "03-18"},
        "focus": ["高端装备产业园", "经开区标准化厂房", "白河南岸片区", "农村公路提质"],
        "session": {2021: (14, 12), 2025: (15, 10)},
    },
}

CN_NUM = "零一二三四五六七八九十"

# the level (亿元) each growth rate belongs to, and the decimals it is stated with
LEVELS = {"G": ("GL", 1), "R": ("RL", 1), "V": ("VL", 2)}


def agrees(prev, prev_dec, growth, cur, cur_dec):
    """Whether cur = prev × (1 + growth%) to the rounding of the three stated numbers (growth to 0.05 points)."""
    slack = 0.5 * 10 ** -cur_dec + 0.5 * 10 ** -prev_dec * (1 + growth / 100) + prev * 0.0005 + 1e-9
    return abs(cur - prev * (1 + growth / 100)) <= slack


def chain(site, actuals):
    """Fills in the levels of the years without one, by growth from the latest anchor year, and checks the anchors."""
    years = sorted(actuals)
    for g, (level, dec) in LEVELS.items():
        anchor = max(y for y in years if level in actuals[y])
        for y in range(anchor + 1, years[-1] + 1):
            actuals[y].setdefault(level, round(actuals[y - 1][level] * (1 + actuals[y][g] / 100), dec))
        for y in range(anchor, years[0], -1):
            actuals[y - 1].setdefault(level, round(actuals[y][level] / (1 + actuals[y][g] / 100), dec))
        for y in years[1:]:
            assert agrees(actuals[y - 1][level], dec, actuals[y][g], actuals[y][level], dec), (site, y, level)


def cn(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n > 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def pct(x):
    return ("%g" % x) + "%"


def md(date):
    m, d = date.split("-")
    return "%d月%d日" % (int(m), int(d))


def target_sentence(rnd, year, t, speaker, district, words):
    order = ["G", "I", "F", "R", "V"]
    if rnd.random() < 0.5:
        order = ["G", "V", "F", "I", "R"]
    approx = rnd.choice(["左右", "左右", ""])
    parts = []
    for k in order:
        q = "左右" if k in ("G", "F", "V") else approx
        if k == "I" and rnd.random() < 0.4:
            q = "以上"
        q = words.get(k, q)
        parts.append(NAMES[k] + "增长" + pct(t[k]) + q)
    body = ",".join(parts)
    form = rnd.randrange(3)
    if form == 0:
        return "%s指出,%d年全区发展的主要预期目标为:%s。" % (speaker, year, body)
    if form == 1:
        return "会议明确,%d年全区经济社会发展主要预期目标为:%s。" % (year, body)
    return "%s强调,%d年%s主要指标增速力争快于全市,%s。" % (speaker, year, district, body)


def review_sentence(rnd, year, a, district):
    form = rnd.randrange(3)
    if form == 0:
        return ("%d年,全区生产总值完成%s亿元,增长%s;规模以上工业增加值增长%s;固定资产投资增长%s;"
                "社会消费品零售总额完成%s亿元,增长%s;一般公共预算收入完成%s亿元,增长%s。") % (
            year, "%g" % a["GL"], pct(a["G"]), pct(a["I"]), pct(a["F"]), "%g" % a["RL"], pct(a["R"]),
            "%g" % a["VL"], pct(a["V"]))
    if form == 1:
        return ("%d年全区经济运行稳中有进,生产总值达到%s亿元,增长%s;一般公共预算收入完成%s亿元,增长%s。") % (
            year, "%g" % a["GL"], pct(a["G"]), "%g" % a["VL"], pct(a["V"]))
    return ("%d年,%s生产总值完成%s亿元,增长%s,规模以上工业增加值增长%s,固定资产投资增长%s。") % (
        year, district, "%g" % a["GL"], pct(a["G"]), pct(a["I"]), pct(a["F"]))


SECRETARY_LINES = [
    "要坚持项目为王,深入开展“三个一批”项目建设活动,以项目建设的加速度推动高质量发展。",
    "要把招商引资作为“一号工程”,聚焦主导产业链精准招商,力争引进一批带动力强的龙头项目。",
    "要持续优化营商环境,深化“放管服效”改革,让企业办事更便捷、投资更放心。",
    "要统筹发展和安全,扎实做好安全生产、信访稳定等工作,守牢不发生重大风险的底线。",
    "要坚持以人民为中心的发展思想,办好民生实事,让群众的获得感成色更足。",
    "要锤炼过硬作风,树牢“起步就是冲刺、开局就是决战”的意识,确保首季“开门红”。",
]

CLOSINGS = [
    "会议要求,各级各部门要对照目标任务,细化工作举措,压实工作责任,确保全年目标任务圆满完成。",
    "会议强调,全区上下要坚定信心、真抓实干,以时不我待的紧迫感推动各项工作落地见效。",
    "会上,部分乡镇(街道)和区直部门作了表态发言,并递交了年度目标责任书。",
]


def conference(site, d, year, rnd):
    date, kind = d["conferences"][year]
    secretary, head, acting, congress, cppcc = d["leaders"][year]
    short, full = d["short"], d["full"]
    head_office = "区委副书记、代区长" if acting else rnd.choice(["区委副书记、区长", "区长"])
    prev = d["actuals"].get(year - 1)
    if kind == "全会暨经济工作会议":
        congress_n, n = d["session"][year]
        title = "中国共产党%s第%s届委员会第%s次全体(扩大)会议暨区委经济工作会议召开" % (full, cn(congress_n), cn(n))
        lead = "%s,中国共产党%s第%s届委员会第%s次全体(扩大)会议暨区委经济工作会议召开。会议由区委常委会主持," % (
            md(date), full, cn(congress_n), cn(n))
        lead += "区委书记%s作讲话,%s%s对经济工作进行安排部署。" % (secretary, head_office, head)
    elif kind == "三级干部会议":
        title = rnd.choice(["%s召开三级干部会议" % short, "%s召开%d年三级干部会议" % (short, year)])
        lead = "%s,%s召开三级干部会议,回顾总结%d年工作,安排部署%d年任务。区委书记%s出席会议并讲话,%s%s主持会议," % (
            md(date), short, year - 1, year, secretary, head_office, head)
        lead += "区人大常委会主任%s、区政协主席%s等区级领导出席会议。" % (congress, cppcc)
    else:
        title = rnd.choice(["%s召开%d年区委经济工作会议" % (short, year), "%s召开%d年度全区经济工作会议" % (short, year)])
        lead = "%s,%s召开%d年经济工作会议,总结%d年经济工作,分析当前经济形势,安排部署%d年重点任务。" % (
            md(date), short, year, year - 1, year)
        lead += "区委书记%s出席会议并讲话,%s%s作具体安排部署,区人大常委会主任%s、区政协主席%s出席会议。" % (
            secretary, head_office, head, congress, cppcc)
    paras = [lead]
    if prev:
        opener = rnd.choice(["%s指出," % secretary, "会议指出,", "%s在讲话中指出," % secretary])
        paras.append(opener + review_sentence(rnd, year - 1, prev, short))
    lines = rnd.sample(SECRETARY_LINES, 2)
    focus = rnd.choice(d["focus"])
    paras.append("%s强调,%s要持续推进%s等重点项目建设,%s" % (secretary, lines[0], focus, lines[1]))
    paras.append(target_sentence(rnd, year, d["targets"][year], head, short, d.get("target_words", {}).get(year, {})))
    paras.append(rnd.choice(CLOSINGS))
    hour = rnd.choice(["17:45", "18:20", "19:05", "20:10", "16:50"])
    author = rnd.choice(d["reporters"])
    return {"title": title, "date": "%d-%s %s" % (year, date, hour), "source": d["media"], "author": author,
            "paras": paras}


def release(site, d, year, rnd):
    date = d["releases"][year]
    a = d["actuals"][year]
    short = d["short"]
    # the three sectors add up to the whole; the first two grow by rates of their own, the third by what the
    # whole leaves it, from last year's stated levels (the first release: from the levels those rates imply)
    sectors = d.setdefault("sectors", {})
    g1 = round(rnd.uniform(2.0, 4.0), 1)
    g2 = round(a["G"] + rnd.uniform(0.3, 1.6), 1)
    if year - 1 in sectors:
        q1, q2, q3 = sectors[year - 1]
        p1, p2 = round(q1 * (1 + g1 / 100), 1), round(q2 * (1 + g2 / 100), 1)
    else:
        p1 = round(a["GL"] * rnd.uniform(0.07, 0.12), 1)
        p2 = round(a["GL"] * rnd.uniform(0.36, 0.44), 1)
        q1, q2 = p1 / (1 + g1 / 100), p2 / (1 + g2 / 100)
        q3 = a["GL"] / (1 + a["G"] / 100) - q1 - q2
    p3 = round(a["GL"] - p1 - p2, 1)
    g3 = round((p3 / q3 - 1) * 100, 1)
    assert -2 <= g3 <= 15 and abs(p1 + p2 + p3 - a["GL"]) < 0.051, (site, year, g3)
    if year - 1 in sectors:
        for q, g, p in ((q1, g1, p1), (q2, g2, p2), (q3, g3, p3)):
            assert agrees(q, 1, g, p, 1), (site, year, q, g, p)
    sectors[year] = (p1, p2, p3)
    title = rnd.choice(["%s%d年国民经济和社会发展统计公报" % (short, year), "%d年%s经济运行情况" % (year, short),
                        "%s统计局发布%d年全区经济运行情况" % (short, year)])
    paras = [
        "根据地区生产总值统一核算结果,%d年全区地区生产总值为%s亿元,按不变价格计算,比上年增长%s。"
        "其中,第一产业增加值%s亿元,增长%s;第二产业增加值%s亿元,增长%s;第三产业增加值%s亿元,增长%s。" % (
            year, "%g" % a["GL"], pct(a["G"]), "%g" % p1, pct(g1), "%g" % p2, pct(g2), "%g" % p3, pct(g3)),
        "全年全区规模以上工业增加值比上年增长%s;固定资产投资增长%s;社会消费品零售总额%s亿元,增长%s;"
        "一般公共预算收入%s亿元,增长%s。" % (pct(a["I"]), pct(a["F"]), "%g" % a["RL"], pct(a["R"]), "%g" % a["VL"],
                                     pct(a["V"])),
        rnd.choice(["全年经济运行总体平稳,结构持续优化,发展质量稳步提升。",
                    "从全年看,全区经济顶住压力、稳中有进,主要指标保持在合理区间。",
                    "总体看,全区经济恢复向好,但需求不足、部分行业经营困难等问题仍需重视。"]),
    ]
    hour = rnd.choice(["09:30", "10:00", "15:20", "16:00"])
    return {"title": title, "date": "%d-%s %s" % (year + 1, date, hour), "source": d["stats"], "author": "",
            "paras": paras}


def write(site, articles):
    folder = os.path.join(OUT, site, "history")
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        os.remove(os.path.join(folder, f))
    articles.sort(key=lambda a: a["date"])
    for i, a in enumerate(articles, 1):
        text = "title: %s\ndate: %s\nsource: %s\nauthor: %s\n---\n%s\n" % (
            a["title"], a["date"], a["source"], a["author"], "\n".join(a["paras"]))
        text.encode("gbk")  # every portal's charset can carry it (xiangfu serves GBK)
        with open(os.path.join(folder, "%02d.txt" % i), "w", encoding="utf-8") as out:
            out.write(text)


def main():
    for site, d in DISTRICTS.items():
        rnd = random.Random("yaowen-farm-history-" + site)
        chain(site, d["actuals"])
        articles = [conference(site, d, y, rnd) for y in sorted(d["conferences"])]
        articles += [release(site, d, y, rnd) for y in sorted(d["releases"])]
        write(site, articles)
        print(site, len(articles), "articles")


if __name__ == "__main__":
    main()
