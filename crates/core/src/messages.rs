//! The interface's words in both languages: one table a language, so that a missing translation
//! is a compile error naming this file and line. (The data's own words are in `data/`.)

use crate::lang::Lang;

/// Every text of the interface, in one language.
pub struct Messages {
    pub title: &'static str,
    /// The line under the title.
    pub lede: &'static str,
    /// The page's description for search engines and link previews.
    pub description: &'static str,
    /// The accessible names of the map's pane and of the map itself.
    pub map_pane: &'static str,
    pub map: &'static str,
    pub language: &'static str,
    pub open_full_view: &'static str,
    pub dismiss: &'static str,
    pub panel: &'static str,
    pub sources: &'static str,
    pub sources_intro: &'static str,
    /// Says once that the Chinese texts are editorial translations of English sources.
    pub translations_note: &'static str,
    pub boundaries_note: &'static str,
    pub data_error: &'static str,
    pub charts_error: fn(&str) -> String,
    pub chart_missing: fn(&str, &str) -> String,
    pub chart_loading: &'static str,
    /// The button that asks again for what could not be loaded.
    pub retry: &'static str,
    pub save_png: &'static str,
    pub source: &'static str,
    pub note: &'static str,
    /// Marks the Chinese translation shown after a verbatim quote.
    pub translation: &'static str,
    /// The value as the source states it, beside a value shown in other units.
    pub as_stated: &'static str,
    /// What follows a label: ": " in English, "：" in Chinese.
    pub colon: &'static str,
    /// What opens and closes an aside: " (" and ")", "（" and "）".
    pub parens: (&'static str, &'static str),
    pub col_place: &'static str,
    pub col_figure: &'static str,
    pub col_value: &'static str,
    pub col_period: &'static str,
    pub col_topic: &'static str,
    pub col_source: &'static str,
    pub highlights: &'static str,
    pub colour_by: &'static str,
    pub legend: fn(&str) -> String,
    pub no_figures: &'static str,
    /// "12 figures, 3 highlights in the sources".
    pub counts: fn(usize, usize) -> String,
    pub all_figures_of: fn(&str) -> String,
    pub no_division: &'static str,
    pub membership_note: &'static str,
    pub silent: fn(&str) -> String,
    pub only_highlights: fn(&str, usize) -> String,
    pub in_province_view: &'static str,
    pub area: fn(&str) -> String,
    pub whole_province: &'static str,
    pub silent_divisions: &'static str,
    pub figures: &'static str,
    pub by_topic: &'static str,
    pub topics: &'static str,
    pub show_as: &'static str,
    pub charts: &'static str,
    pub table: &'static str,
    /// A section's summary: figures, charts, members, highlights.
    pub section_counts: fn(usize, usize, usize, usize) -> String,
    pub share_title: fn(Option<&str>) -> String,
    pub shared: &'static str,
    pub link_copied: &'static str,
    pub copy_link: &'static str,
    pub share_link: &'static str,
    pub embed: &'static str,
    pub download: &'static str,
    pub view_csv: &'static str,
    pub view_json: &'static str,
    pub all_csv: &'static str,
    pub all_json: &'static str,
    pub embed_region: &'static str,
    pub embed_help: &'static str,
    pub embed_copied: &'static str,
    pub embed_select: &'static str,
    pub copy_code: &'static str,
    /// The search field's visible label, its hint and its clear button.
    pub search: &'static str,
    pub search_hint: &'static str,
    pub clear_search: &'static str,
    /// "5 results in 2 places" (results, places).
    pub results: fn(usize, usize) -> String,
    pub no_results: fn(&str) -> String,
    /// After the count when not every result is listed: "; the first 30 are listed: type more".
    pub first_shown: fn(usize) -> String,
    pub search_loading: &'static str,
    pub search_failed: &'static str,
    /// How Escape and choosing a result work, under the results.
    pub search_help: &'static str,
    /// The heading of the results that name no division.
    pub province_results: fn(&str) -> String,
    /// Under the legend, how many results name no division: (the province's name, how many).
    pub province_count: fn(&str, usize) -> String,
    /// The legend while a search colours the map.
    pub results_legend: &'static str,
    pub no_results_here: &'static str,
    /// Marks official statistics, apart from the articles' figures.
    pub official: &'static str,
    /// The heading of a place's official statistics, of a year.
    pub baseline_heading: fn(&str) -> String,
    /// The headline's rank among the divisions: (rank, how many).
    pub rank_of: fn(usize, usize) -> String,
    /// A percentage of a whole: (percentage, the whole's name).
    pub share_of: fn(&str, &str) -> String,
    /// Says that the rank and shares are the atlas's arithmetic on the official figures.
    pub computed: &'static str,
    /// Where the official pages consulted give no sectors for a place.
    pub no_parts: &'static str,
    /// The heading of the articles' figures after the official statistics.
    pub from_articles: &'static str,
    /// The link to an official page (it opens the publisher's page, outside the atlas).
    pub page: &'static str,
    /// Before the site that carried a repost or copy.
    pub via: &'static str,
    pub neighbours: &'static str,
    /// The legend's source line of a measure of official statistics.
    pub legend_source: &'static str,
    /// The measure of how much the articles say (`measures::COVERAGE`): its name and unit.
    pub coverage: &'static str,
    pub coverage_unit: &'static str,
    /// The legend of a class the sources name divisions in, its threshold with its unit.
    pub in_the_class: fn(&str) -> String,
    /// A measure of one year in the map's menu: (its name, the year).
    pub of_year: fn(&str, &str) -> String,
    /// Why a link's value was ignored (`url_state::Notice`), the key named as the link names it:
    /// too long, badly encoded, given (key, so many) times, holding markup, or unknown (key, the
    /// value shortened).
    pub link_too_long: fn(&str) -> String,
    pub link_badly_encoded: fn(&str) -> String,
    pub link_repeated: fn(&str, usize) -> String,
    pub link_markup: fn(&str) -> String,
    pub link_unknown: fn(&str, &str) -> String,
}

/// The words of `lang`.
pub fn of(lang: Lang) -> &'static Messages {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

fn s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// "3 figures, 1 chart": the counts that are not zero.
fn english_counts(counts: &[(usize, &str)]) -> String {
    let parts: Vec<String> = counts.iter().filter(|(n, _)| *n > 0).map(|(n, w)| format!("{n} {w}{}", s(*n))).collect();
    parts.join(", ")
}

pub const EN: Messages = Messages {
    title: "Hunan Industry Atlas",
    lede: "The economy of Hunan\u{2019}s 14 prefecture-level divisions in official statistics, and what five published articles (2019\u{2013}2023) say about their industry. Select a division on the map.",
    description: "Hunan\u{2019}s 14 prefecture-level divisions in official statistics and in five articles on their industry (2019\u{2013}2023): a map linked to charts, every figure with its source.",
    map_pane: "Map of Hunan",
    map: "Hunan\u{2019}s 14 prefecture-level divisions",
    language: "Language",
    open_full_view: "Open the full view \u{2197}",
    dismiss: "Dismiss",
    panel: "Figures",
    sources: "Sources",
    sources_intro: "Every figure is stated in one of these pages: five articles, and official statistics; open a figure\u{2019}s source to read the line that states it. The atlas computes only areas, and the ranks and shares it marks as its own.",
    translations_note: "The articles are in English and are quoted verbatim. The Chinese version of the atlas translates them; its translations are editorial, and each quote is shown as written, followed by its translation.",
    boundaries_note: "Boundaries: derived from the ECharts 4.9.0 map of Hunan (Apache-2.0), simplified; approximate, for orientation only, not an officially approved map.",
    data_error: "The atlas could not load its data",
    charts_error: |e| format!("The charts could not be loaded ({e})."),
    chart_missing: |key, view| format!("The chart file has no chart {key} for {view}."),
    chart_loading: "Loading chart\u{2026}",
    retry: "Retry",
    save_png: "Save this chart as a PNG image",
    source: "Source",
    note: "Note",
    translation: "Translation",
    as_stated: "as the source states it",
    colon: ": ",
    parens: (" (", ")"),
    col_place: "Place",
    col_figure: "Figure",
    col_value: "Value",
    col_period: "Period",
    col_topic: "Topic",
    col_source: "Source",
    highlights: "Highlights",
    colour_by: "Colour by",
    legend: |unit| format!("Legend, {unit}"),
    no_figures: "not given by the sources",
    counts: |f, h| format!("{f} figure{}, {h} highlight{} in the articles", s(f), s(h)),
    all_figures_of: |name| format!("All of {name}\u{2019}s figures \u{2193}"),
    no_division: "no division named",
    membership_note: "The sources name these members; it is a class, not a measured amount. Colour the map by it to see where they are.",
    silent: |name| format!("The five articles give no figures or highlights for {name}."),
    only_highlights: |name, h| format!("The articles give no figures for {name}, only {h} highlight{}.", s(h)),
    in_province_view: "Figures for the province as a whole are in the province view.",
    area: |km2| format!("about {km2} km\u{b2}"),
    whole_province: "\u{2190} Whole province",
    silent_divisions: "No figures in the articles for:",
    figures: "Figures",
    by_topic: "By topic",
    topics: "Topics",
    show_as: "Show figures as",
    charts: "Charts",
    table: "Table",
    section_counts: |f, c, m, h| english_counts(&[(f, "figure"), (c, "chart"), (m, "member"), (h, "highlight")]),
    share_title: |city| match city {
        Some(city) => format!("Hunan Industry Atlas: {city}"),
        None => "Hunan Industry Atlas".to_string(),
    },
    shared: "Shared.",
    link_copied: "Link copied to the clipboard.",
    copy_link: "Copy this link:",
    share_link: "Share link",
    embed: "Embed",
    download: "Download data",
    view_csv: "This view, CSV",
    view_json: "This view, JSON",
    all_csv: "All figures, CSV",
    all_json: "All figures, JSON",
    embed_region: "Embed this view",
    embed_help: "Paste this into your page. The script is optional: it makes the frame as tall as the atlas.",
    embed_copied: "Embed code copied.",
    embed_select: "Select the code and copy it.",
    copy_code: "Copy code",
    search: "Find in the sources",
    search_hint: "aero-engines, fireworks, 100 billion\u{2026}",
    clear_search: "Clear the search",
    results: |n, places| format!("{n} result{} in {places} place{}", s(n), s(places)),
    no_results: |q| format!("Nothing in the sources matches \u{201c}{q}\u{201d}."),
    first_shown: |n| format!("; the first {n} are listed, and the map shows them all: type more to narrow them"),
    search_loading: "Loading the sources\u{2019} texts\u{2026}",
    search_failed: "The search could not load its texts: focus the field to try again.",
    search_help: "Choose a result to open it on the map; Escape returns to the view you searched from.",
    province_results: |name| format!("{name} as a whole"),
    province_count: |name, n| format!("{name} as a whole: {n}"),
    results_legend: "Results of the search",
    no_results_here: "no result",
    official: "Official statistics",
    baseline_heading: |year| format!("Official statistics, {year}"),
    rank_of: |r, n| {
        let suffix = match (r % 10, r % 100) {
            _ if r == 1 => return format!("the largest of {n} divisions"),
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        format!("{r}{suffix} largest of {n} divisions")
    },
    share_of: |pct, whole| format!("{pct}% of {whole}"),
    computed: "Rank and shares: the atlas\u{2019}s arithmetic on these official figures.",
    no_parts: "The value added of its three sectors was not found in the official pages consulted.",
    from_articles: "From the articles",
    page: "Open the page \u{2197}",
    via: "via ",
    neighbours: "Neighbouring divisions:",
    legend_source: "Source: official statistics (each division\u{2019}s page is in its view).",
    coverage: "Figures in the articles, per division",
    coverage_unit: "figures",
    in_the_class: |threshold| format!("named in the class (\u{2265} {threshold})"),
    of_year: |name, year| format!("{name}, {year}"),
    link_too_long: |key| format!("The link\u{2019}s {key} is too long to be valid: it was ignored."),
    link_badly_encoded: |key| format!("The link\u{2019}s {key} is not properly encoded: it was ignored."),
    link_repeated: |key, times| format!("The link names {key} {times} times: it was ignored."),
    link_markup: |key| {
        format!("The link\u{2019}s {key} holds markup or control characters, which no source does: it was ignored.")
    },
    link_unknown: |key, value| format!("The link\u{2019}s {key} \u{201c}{value}\u{201d} is unknown: it was ignored."),
};

/// "3项数据、1张图表": the counts that are not zero.
fn chinese_counts(counts: &[(usize, &str)]) -> String {
    let parts: Vec<String> = counts.iter().filter(|(n, _)| *n > 0).map(|(n, w)| format!("{n}{w}")).collect();
    parts.join("\u{3001}")
}

pub const ZH: Messages = Messages {
    title: "湖南产业地图",
    lede: "湖南14个地级行政区的官方统计经济数据，以及五篇公开发表的文章（2019\u{2013}2023年）对其产业的记述。请在地图上选择一个市州。",
    description: "湖南14个地级行政区的官方统计数据及五篇文章（2019\u{2013}2023年）对其产业的记述：地图与图表联动，每项数据均附出处。",
    map_pane: "湖南地图",
    map: "湖南的14个地级行政区",
    language: "语言",
    open_full_view: "打开完整页面 \u{2197}",
    dismiss: "关闭",
    panel: "数据",
    sources: "资料来源",
    sources_intro: "每项数据均出自以下网页之一：五篇文章及官方统计；打开某项数据的来源即可阅读载有该数据的原文。本地图只计算面积，以及注明由本地图计算的位次与占比。",
    translations_note: "这些文章以英文发表，本地图逐字引用原文。中文版的译文由编者翻译，仅供参考：每段引文均先照录原文，再附译文。",
    boundaries_note: "边界：据 ECharts 4.9.0 湖南地图（Apache-2.0）简化而成，仅供示意，并非经审核批准的地图（无审图号）。",
    data_error: "无法加载地图数据",
    charts_error: |e| format!("图表无法加载（{e}）。"),
    chart_missing: |key, view| format!("图表文件中没有{view}的图表 {key}。"),
    chart_loading: "正在加载图表\u{2026}",
    retry: "重试",
    save_png: "将此图表保存为 PNG 图片",
    source: "来源",
    note: "注",
    translation: "译文",
    as_stated: "原文所述",
    colon: "\u{ff1a}",
    parens: ("\u{ff08}", "\u{ff09}"),
    col_place: "地区",
    col_figure: "数据",
    col_value: "数值",
    col_period: "时期",
    col_topic: "主题",
    col_source: "来源",
    highlights: "要点",
    colour_by: "地图着色",
    legend: |unit| format!("图例，{unit}"),
    no_figures: "资料未提供",
    counts: |f, h| format!("文章中有{f}项数据、{h}条要点"),
    all_figures_of: |name| format!("查看{name}的全部数据 \u{2193}"),
    no_division: "未指明市州",
    membership_note: "资料列出了这些成员；这是一种类别，而非测得的数量。按此项为地图着色即可看到它们的位置。",
    silent: |name| format!("五篇文章均未提及{name}：没有数据，也没有要点。"),
    only_highlights: |name, h| format!("文章中没有{name}的数据，只有{h}条要点。"),
    in_province_view: "全省整体的数据见全省视图。",
    area: |km2| format!("面积约{km2}平方千米"),
    whole_province: "\u{2190} 全省",
    silent_divisions: "文章中没有数据的市州：",
    figures: "数据",
    by_topic: "按主题",
    topics: "主题",
    show_as: "数据显示方式",
    charts: "图表",
    table: "表格",
    section_counts: |f, c, m, h| chinese_counts(&[(f, "项数据"), (c, "张图表"), (m, "个成员"), (h, "条要点")]),
    share_title: |city| match city {
        Some(city) => format!("湖南产业地图：{city}"),
        None => "湖南产业地图".to_string(),
    },
    shared: "已分享。",
    link_copied: "链接已复制到剪贴板。",
    copy_link: "请复制此链接：",
    share_link: "分享链接",
    embed: "嵌入",
    download: "下载数据",
    view_csv: "当前视图（CSV）",
    view_json: "当前视图（JSON）",
    all_csv: "全部数据（CSV）",
    all_json: "全部数据（JSON）",
    embed_region: "嵌入此视图",
    embed_help: "将以下代码粘贴到您的网页中。脚本可选：它使框架高度与地图内容一致。",
    embed_copied: "嵌入代码已复制。",
    embed_select: "请选中代码并复制。",
    copy_code: "复制代码",
    search: "在资料中查找",
    search_hint: "航空发动机、花炮、千亿\u{2026}",
    clear_search: "清除查找",
    results: |n, places| format!("{places}个地方共{n}条结果"),
    no_results: |q| format!("资料中没有与“{q}”相符的内容。"),
    first_shown: |n| format!("，下面列出前{n}条，地图显示全部：继续输入可缩小范围"),
    search_loading: "正在载入资料文本\u{2026}",
    search_failed: "无法载入查找所需的文本：请再次点击查找框重试。",
    search_help: "选择一条结果即可在地图上打开；清除查找即回到查找前的页面。",
    province_results: |name| format!("{name}全省"),
    province_count: |name, n| format!("{name}全省\u{ff1a}{n}"),
    results_legend: "查找结果",
    no_results_here: "无结果",
    official: "官方统计",
    baseline_heading: |year| format!("{year}年官方统计"),
    rank_of: |r, n| format!("{n}个市州中居第{r}位"),
    share_of: |pct, whole| format!("占{whole}的{pct}%"),
    computed: "位次与占比：本地图据上述官方数据计算。",
    no_parts: "所查官方网页中未找到其三次产业增加值。",
    from_articles: "文章所述",
    page: "打开原网页 \u{2197}",
    via: "转载于",
    neighbours: "相邻市州：",
    legend_source: "来源：官方统计（各市州的出处见其视图）。",
    coverage: "来源文章的数据条数（各市州）",
    coverage_unit: "条数据",
    in_the_class: |threshold| format!("入选该级别（\u{2265}{threshold}）"),
    of_year: |name, year| format!("{year}年{name}"),
    link_too_long: |key| format!("链接中的 {key} 过长，无效，已忽略。"),
    link_badly_encoded: |key| format!("链接中的 {key} 编码有误，已忽略。"),
    link_repeated: |key, times| format!("链接中 {key} 出现了 {times} 次，已忽略。"),
    link_markup: |key| format!("链接中的 {key} 含有标记或控制字符（资料中没有），已忽略。"),
    link_unknown: |key, value| format!("链接中的 {key}“{value}”无法识别，已忽略。"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally_in_both_languages() {
        assert_eq!((EN.counts)(1, 2), "1 figure, 2 highlights in the articles");
        assert_eq!((ZH.counts)(1, 2), "文章中有1项数据、2条要点");
        assert_eq!((EN.section_counts)(3, 0, 0, 1), "3 figures, 1 highlight");
        assert_eq!((ZH.section_counts)(3, 1, 0, 0), "3项数据\u{3001}1张图表");
    }

    /// Under the legend during a search, the results that name no division.
    #[test]
    fn the_province_s_results_are_counted_after_a_colon() {
        assert_eq!((EN.province_count)("Hunan", 3), "Hunan as a whole: 3");
        assert_eq!((ZH.province_count)("湖南", 3), "湖南全省\u{ff1a}3");
    }

    /// The Chinese table holds no English word (a Latin letter is allowed only in names such as
    /// ECharts, PNG, CSV, JSON and Apache).
    #[test]
    fn the_chinese_words_are_chinese() {
        let allowed = ["ECharts", "Apache", "PNG", "CSV", "JSON"];
        let texts = [
            ZH.title,
            ZH.lede,
            ZH.sources_intro,
            ZH.translations_note,
            ZH.boundaries_note,
            ZH.save_png,
            ZH.view_csv,
            ZH.embed_help,
            ZH.membership_note,
            ZH.search_help,
        ];
        for text in texts {
            let mut rest = text.to_string();
            for a in allowed {
                rest = rest.replace(a, "");
            }
            assert!(!rest.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
        }
    }
}
