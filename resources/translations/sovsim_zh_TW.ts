<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AppText</name>
    <message>
        <source>SovSim: a workshop simulator for national AI sovereignty.</source>
        <translation>SovSim:國家 AI 主權工作坊模擬器。</translation>
    </message>
    <message>
        <source>Workshop or scenario file to open (default: the default workshop).</source>
        <translation>要開啟的工作坊或情境檔案(預設:預設工作坊)。</translation>
    </message>
    <message>
        <source>Render the main window and each chart to PNG files in DIR, then quit.</source>
        <translation>將主視窗與各圖表輸出為 DIR 中的 PNG 檔,然後結束。</translation>
    </message>
    <message>
        <source>Interface language: en or zh_TW.</source>
        <translation>介面語言:en 或 zh_TW。</translation>
    </message>
    <message>
        <source>--set %1: expected PATH=NUMBER with a parameter path such as country.gdp_usd_bn (see sovsim-cli list parameters)</source>
        <translation>--set %1：格式應為 PATH=數值，參數路徑例如 country.gdp_usd_bn（請見 sovsim-cli list parameters）</translation>
    </message>
    <message>
        <source>--set %1: the value must be in [%2, %3]</source>
        <translation>--set %1：數值必須介於 [%2, %3]</translation>
    </message>
    <message>
        <source>Change a parameter in every scenario after opening, as an edit that can be undone (repeatable), e.g. country.gdp_usd_bn=900.</source>
        <translation>開啟後在每個情境中修改一個參數，可復原（可重複使用），例如 country.gdp_usd_bn=900。</translation>
    </message>
</context>
<context>
    <name>BuilderText</name>
    <message>
        <source>%1. Shown as the difference from %2.</source>
        <translation>%1。以與「%2」的差值表示。</translation>
    </message>
    <message>
        <source>Difference in %1</source>
        <translation>%1的差值</translation>
    </message>
    <message>
        <source>%1 (reference: zero line)</source>
        <translation>%1(參考:零線)</translation>
    </message>
    <message>
        <source>as loaded</source>
        <translation>載入時</translation>
    </message>
    <message>
        <source>%1, log scale</source>
        <comment>axis unit</comment>
        <translation>%1,對數刻度</translation>
    </message>
    <message>
        <source>million %1</source>
        <comment>axis unit</comment>
        <translation>百萬 %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <comment>axis unit</comment>
        <translation>千 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>axis title (unit)</comment>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>CaptionText</name>
    <message>
        <source>%1 from %2, severity %3</source>
        <translation>%1,自 %2 起,嚴重程度 %3</translation>
    </message>
    <message>
        <source>%1 %2 to %3, severity %4</source>
        <translation>%1 %2 至 %3,嚴重程度 %4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>SovSim %1 - model %2</source>
        <translation>SovSim %1 - 模型 %2</translation>
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation>情境:%1</translation>
    </message>
    <message>
        <source> (shown as the difference from %1)</source>
        <translation>(以與「%1」的差值表示)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>workshop - scenarios</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Shocks: none</source>
        <translation>衝擊:無</translation>
    </message>
    <message>
        <source>Shocks: %1</source>
        <translation>衝擊:%1</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more in the workshop report</source>
        <translation>
            <numerusform>%1;另有 %n 項,見工作坊報告</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>資料來源:%1</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation>H100 等效</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>百分點</translation>
    </message>
    <message>
        <source>Compute access</source>
        <translation>算力取得</translation>
    </message>
    <message>
        <source>All compute the country can use, and the part that keeps running if foreign suppliers cut it off</source>
        <translation>國家可使用的全部算力,以及外國供應商斷供時仍能運作的部分</translation>
    </message>
    <message>
        <source>total</source>
        <translation>總量</translation>
    </message>
    <message>
        <source>assured</source>
        <translation>有保障</translation>
    </message>
    <message>
        <source>Energy demand of data centres</source>
        <translation>資料中心的能源需求</translation>
    </message>
    <message>
        <source>Power drawn by data centres in the country, and their share of national electricity generation</source>
        <translation>國內資料中心的用電負載,及其占全國發電量的比例</translation>
    </message>
    <message>
        <source>Data-centre load</source>
        <translation>資料中心負載</translation>
    </message>
    <message>
        <source>GW</source>
        <translation>GW</translation>
    </message>
    <message>
        <source>Share of generation</source>
        <translation>占發電量比例</translation>
    </message>
    <message>
        <source>load (GW, left axis)</source>
        <translation>負載(GW,左軸)</translation>
    </message>
    <message>
        <source>share of generation (%, right axis)</source>
        <translation>占發電量比例(%,右軸)</translation>
    </message>
    <message>
        <source>Bargaining leverage</source>
        <translation>談判籌碼</translation>
    </message>
    <message>
        <source>The country&apos;s share of the gains from a compute deal with foreign suppliers</source>
        <translation>國家在與外國供應商的算力交易中分得的利益比例</translation>
    </message>
    <message>
        <source>Share of deal gains</source>
        <translation>交易利益分配比例</translation>
    </message>
    <message>
        <source>leverage</source>
        <translation>談判籌碼</translation>
    </message>
    <message>
        <source>Critical inference coverage</source>
        <translation>關鍵推論覆蓋率</translation>
    </message>
    <message>
        <source>Share of the AI inference public services need that is actually served</source>
        <translation>公共服務所需的 AI 推論中,實際獲得滿足的比例</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆蓋率</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>覆蓋率</translation>
    </message>
    <message>
        <source>Public cost</source>
        <translation>公共支出</translation>
    </message>
    <message>
        <source>Public money spent on AI since January 2025</source>
        <translation>自 2025 年 1 月起投入 AI 的公共資金</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>累計支出</translation>
    </message>
    <message>
        <source>USD bn</source>
        <translation>十億美元</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Local-language capability</source>
        <translation>在地語言能力</translation>
    </message>
    <message>
        <source>How well the models available serve national languages, law and culture (100 = as well as English)</source>
        <translation>可用模型對本國語言、法律與文化的服務程度(100 = 與英語相當)</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>score 0-100</source>
        <translation>分數 0-100</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Agency index</source>
        <translation>代理權指數</translation>
    </message>
    <message>
        <source>Leverage, critical coverage, assured compute and language capability combined</source>
        <translation>綜合談判籌碼、關鍵覆蓋率、有保障算力與語言能力</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>代理權</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>代理權</translation>
    </message>
    <message>
        <source>Contract price</source>
        <translation>合約價格</translation>
    </message>
    <message>
        <source>Price paid under sovereign compute access agreements</source>
        <translation>依主權算力接入協議支付的價格</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>USD per H100e-hour</source>
        <translation>美元/H100 等效・小時</translation>
    </message>
    <message>
        <source>contract price</source>
        <translation>合約價格</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>axis title (unit)</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Public cost of compute</source>
        <translation>算力的公共成本</translation>
    </message>
    <message>
        <source>Public money spent per H100e of compute the country uses for a year: lower means more compute per public dollar</source>
        <translation>國家每使用一個 H100 等效算力一年所花的公帑：越低代表每一元公帑換得越多算力</translation>
    </message>
    <message>
        <source>USD per H100e-year</source>
        <translation>美元/H100 等效・年</translation>
    </message>
    <message>
        <source>per H100e-year</source>
        <translation>每 H100 等效・年</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>Supplier cut-off</source>
        <translation>供應商斷供</translation>
    </message>
    <message>
        <source>Supplier price hike</source>
        <translation>供應商漲價</translation>
    </message>
    <message>
        <source>Energy crisis</source>
        <translation>能源危機</translation>
    </message>
    <message>
        <source>Chip generation leap</source>
        <translation>晶片世代躍進</translation>
    </message>
    <message>
        <source>Demand surge</source>
        <translation>需求暴增</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>shock (scenarios that have it)</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>Difference from %1</source>
        <translation>與「%1」的差值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>name: value</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>scenario, series</comment>
        <translation>%1,%2</translation>
    </message>
    <message>
        <source>%1: from %2, severity %3</source>
        <comment>shock: from date, severity</comment>
        <translation>%1：自 %2 起，嚴重程度 %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3, severity %4</source>
        <comment>shock: dates, severity</comment>
        <translation>%1：%2 至 %3，嚴重程度 %4</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Could not export %1: %2</source>
        <translation>無法匯出 %1:%2</translation>
    </message>
    <message>
        <source>Full HD slide, 16:9 (1920 x 1080)</source>
        <translation>Full HD 投影片,16:9(1920 x 1080)</translation>
    </message>
    <message>
        <source>4K slide, 16:9 (3840 x 2160)</source>
        <translation>4K 投影片,16:9(3840 x 2160)</translation>
    </message>
    <message>
        <source>Classic slide, 4:3 (1600 x 1200)</source>
        <translation>傳統投影片,4:3(1600 x 1200)</translation>
    </message>
    <message>
        <source>Small slide, 4:3 (1024 x 768)</source>
        <translation>小型投影片,4:3(1024 x 768)</translation>
    </message>
    <message>
        <source>the size %1 x %2 is outside %3 to %4 pixels per side</source>
        <translation>尺寸 %1 x %2 超出每邊 %3 至 %4 像素的範圍</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>無法繪製圖表</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>已有同名的資料夾</translation>
    </message>
    <message>
        <source>it is a block device, not a file</source>
        <translation>這是區塊裝置，不是檔案</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1 from %2, severity %3</source>
        <translation>%1,自 %2 起,嚴重程度 %3</translation>
    </message>
    <message>
        <source>%1 from %2 for %3 months, severity %4</source>
        <translation>%1,自 %2 起持續 %3 個月,嚴重程度 %4</translation>
    </message>
    <message>
        <source>custom country</source>
        <translation>自訂國家</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1(已修改)</translation>
    </message>
    <message>
        <source>custom strategy</source>
        <translation>自訂策略</translation>
    </message>
    <message>
        <source>Workshop report, %1</source>
        <translation>工作坊報告,%1</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Shocks</source>
        <translation>衝擊</translation>
    </message>
    <message>
        <source>Strategy: posture on each layer of the AI stack</source>
        <translation>策略:AI 技術堆疊各層的姿態</translation>
    </message>
    <message>
        <source>Strategy: policy levers (intensity, 0-100%)</source>
        <translation>策略:政策槓桿(強度,0-100%)</translation>
    </message>
    <message>
        <source>Assumptions and sources</source>
        <translation>假設與資料來源</translation>
    </message>
    <message>
        <source>SovSim is a scenario tool: its results show how strategies compare under stated assumptions, not forecasts. Every equation and default is documented in docs/model.md.</source>
        <translation>SovSim 是情境分析工具:結果呈現的是在明列假設下各策略的比較,而非預測。所有方程式與預設值皆記載於 docs/model.md。</translation>
    </message>
    <message>
        <source>Global assumptions</source>
        <translation>全域假設</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Assumptions not listed have their default values in every scenario.</source>
        <translation>未列出的假設在所有情境中皆為預設值。</translation>
    </message>
    <message>
        <source>Country figures: %1</source>
        <translation>國家數據:%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>數據</translation>
    </message>
    <message>
        <source>Source or stated assumption</source>
        <translation>資料來源或明列假設</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁,共 %2 頁</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>無法寫入報告 %1:%2</translation>
    </message>
    <message>
        <source>the charts and the workshop do not have the same scenarios</source>
        <translation>圖表與工作坊的情境不一致</translation>
    </message>
    <message>
        <source>the page size is not supported</source>
        <translation>不支援此頁面尺寸</translation>
    </message>
    <message>
        <source>%1 - workshop report</source>
        <translation>%1 - 工作坊報告</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>無法建立 PDF</translation>
    </message>
    <message>
        <source>a new page could not be added</source>
        <translation>無法新增頁面</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>無法完成 PDF</translation>
    </message>
    <message>
        <source>Preset value</source>
        <translation>預設值</translation>
    </message>
</context>
<context>
    <name>ThemeText</name>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark (for projectors)</source>
        <translation>深色(適合投影)</translation>
    </message>
    <message>
        <source>Print (black and white)</source>
        <translation>列印(黑白)</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::Autosave</name>
    <message>
        <source>The autosave folder %1 cannot be created.</source>
        <translation>無法建立自動儲存資料夾 %1。</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ChartExportDialog</name>
    <message>
        <source>Export charts</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>Charts to export</source>
        <translation>要匯出的圖表</translation>
    </message>
    <message>
        <source>PNG image (slides, documents)</source>
        <translation>PNG 圖片(投影片、文件)</translation>
    </message>
    <message>
        <source>SVG vector image (editing, web)</source>
        <translation>SVG 向量圖(編輯、網頁)</translation>
    </message>
    <message>
        <source>PDF vector page (print, LaTeX)</source>
        <translation>PDF 向量頁面(列印、LaTeX)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自訂尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>寬度(像素)</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高度(像素)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Transparent background (PNG)</source>
        <translation>透明背景(PNG)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>圖表:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主題:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>資料夾:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Folder for the exported charts</source>
        <translation>存放匯出圖表的資料夾</translation>
    </message>
    <message>
        <source>Choose at least one chart and one format.</source>
        <translation>請至少選擇一張圖表與一種格式。</translation>
    </message>
    <message>
        <source>Create folder?</source>
        <translation>建立資料夾？</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it?</source>
        <translation>資料夾 %1 不存在。要建立嗎？</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>請選擇存放檔案的資料夾。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <source>Exported %1 files to %2</source>
        <translation>已匯出 %1 個檔案到 %2</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ChartWidget</name>
    <message>
        <source>Export chart...</source>
        <translation>匯出圖表…</translation>
    </message>
    <message>
        <source>Copy chart as image</source>
        <translation>將圖表複製為圖片</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>複製圖表</translation>
    </message>
    <message>
        <source>The clipboard is not available.</source>
        <translation>無法使用剪貼簿。</translation>
    </message>
    <message>
        <source>Show all charts</source>
        <translation>顯示所有圖表</translation>
    </message>
    <message>
        <source>Enlarge this chart</source>
        <translation>放大此圖表</translation>
    </message>
    <message>
        <source>Export or copy this chart</source>
        <translation>匯出或複製此圖表</translation>
    </message>
    <message>
        <source>Copied the chart “%1” to the clipboard as an image: paste it into a slide or document.</source>
        <translation>已將圖表「%1」以圖片複製到剪貼簿：可貼到簡報或文件中。</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ChartsArea</name>
    <message>
        <source>Absolute values</source>
        <translation>絕對數值</translation>
    </message>
    <message>
        <source>Difference from &quot;%1&quot;</source>
        <translation>與「%1」的差值</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S):</translation>
    </message>
    <message>
        <source>Absolute values or difference view</source>
        <translation>絕對數值或差異檢視</translation>
    </message>
    <message>
        <source>Absolute values, or every scenario minus a chosen reference scenario.</source>
        <translation>顯示絕對數值,或各情境減去所選參考情境的差值。</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::CountryPanel</name>
    <message>
        <source>This country is not based on a preset. Pick one to start from published figures.</source>
        <translation>此國家並非依據預設資料。請選擇一個預設,從公開數據開始。</translation>
    </message>
    <message>
        <source>All values as in the preset. Hover over a slider to see what it means and where the figure comes from.</source>
        <translation>所有數值皆與預設相同。將滑鼠移到滑桿上,可查看其意義與數據來源。</translation>
    </message>
    <message>
        <source>Edited from the preset: the small triangle under a slider marks the preset value.</source>
        <translation>已修改預設值:滑桿下方的小三角形標示預設值。</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>國家(&amp;C):</translation>
    </message>
    <message>
        <source>Country preset</source>
        <translation>國家預設</translation>
    </message>
    <message>
        <source>Start from a country&apos;s published figures. This replaces every resource slider below (undo brings them back).</source>
        <translation>從一個國家的公開數據開始。這會取代下方所有資源滑桿的數值(可用復原還原)。</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::DialogErrorReporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>…以及另外 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>“%1” could not be opened. The workshop you had open is unchanged.</source>
        <translation>無法開啟「%1」。目前開啟的工作坊維持不變。</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>無法儲存檔案</translation>
    </message>
    <message>
        <source>“%1” could not be saved. The file on disk is unchanged.</source>
        <translation>無法儲存「%1」。磁碟上的檔案維持不變。</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ExportActions</name>
    <message>
        <source>Export workshop report</source>
        <translation>匯出工作坊報告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>匯出圖表資料</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export scenario settings</source>
        <translation>匯出情境設定</translation>
    </message>
    <message>
        <source>Workshop &amp;Report (PDF)…</source>
        <translation>工作坊報告(PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>A handout: cover with every scenario, one chart per page, assumptions and sources</source>
        <translation>講義:封面列出所有情境,每頁一張圖表,並附上假設與資料來源</translation>
    </message>
    <message>
        <source>Chart &amp;Data (CSV)…</source>
        <translation>圖表資料(CSV)(&amp;D)…</translation>
    </message>
    <message>
        <source>Scenario &amp;Settings (CSV)…</source>
        <translation>情境設定(CSV)(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>已匯出 %n 個檔案至 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the report (%n page(s)) to %1</source>
        <translation>
            <numerusform>已將報告(%n 頁)匯出至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <source>&amp;Charts (PNG, SVG, PDF)…</source>
        <translation>圖表(PNG、SVG、PDF)(&amp;C)…</translation>
    </message>
    <message>
        <source>Export charts as slide images, SVG or PDF</source>
        <translation>將圖表匯出為投影片圖片、SVG 或 PDF</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::Labels</name>
    <message>
        <source>Electricity generation</source>
        <translation>發電量</translation>
    </message>
    <message>
        <source>All the electricity the country generates in a year.</source>
        <translation>國家一年內的總發電量。</translation>
    </message>
    <message>
        <source>Generation growth</source>
        <translation>發電量成長</translation>
    </message>
    <message>
        <source>How fast national electricity generation grows each year.</source>
        <translation>全國發電量每年成長的速度。</translation>
    </message>
    <message>
        <source>Firm low-carbon power</source>
        <translation>穩定低碳電力</translation>
    </message>
    <message>
        <source>Share of generation from nuclear, hydro or geothermal plants that can run data centres around the clock without emissions.</source>
        <translation>來自核能、水力或地熱電廠的發電比例,可全天候無排放地供應資料中心。</translation>
    </message>
    <message>
        <source>Power for data centres now</source>
        <translation>目前可供資料中心的電力</translation>
    </message>
    <message>
        <source>Grid power data centres can draw today, including what existing data centres already use. Cheap, firm headroom attracts hosted compute.</source>
        <translation>資料中心目前可從電網取得的電力,包含既有資料中心已使用的部分。便宜且穩定的餘裕電力能吸引外資設置算力。</translation>
    </message>
    <message>
        <source>Power added for data centres</source>
        <translation>每年可新增的資料中心電力</translation>
    </message>
    <message>
        <source>Grid power for data centres the country can add each year.</source>
        <translation>國家每年可為資料中心新增的電網電力。</translation>
    </message>
    <message>
        <source>Industrial electricity price</source>
        <translation>工業電價</translation>
    </message>
    <message>
        <source>What a large industrial user pays for electricity. Cheaper power makes the country more attractive to data-centre investors.</source>
        <translation>大型工業用戶支付的電價。電價越低,對資料中心投資者越有吸引力。</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>People living in the country.</source>
        <translation>居住在該國的人數。</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>GDP</translation>
    </message>
    <message>
        <source>Size of the economy at current prices. A larger economy needs more compute.</source>
        <translation>以當期價格計算的經濟規模。經濟規模越大,需要的算力越多。</translation>
    </message>
    <message>
        <source>Public AI budget</source>
        <translation>公共 AI 預算</translation>
    </message>
    <message>
        <source>Public money available each year for compute, agreements and AI programmes. The strategy&apos;s levers spend shares of it.</source>
        <translation>每年可用於算力、協議與 AI 計畫的公共資金。策略中的政策槓桿會使用其中一部分。</translation>
    </message>
    <message>
        <source>Digital market</source>
        <translation>數位市場</translation>
    </message>
    <message>
        <source>Internet users: the size of the market a supplier gains access to. A large market is a bargaining chip.</source>
        <translation>網路使用者人數:供應商可進入的市場規模。大型市場本身就是談判籌碼。</translation>
    </message>
    <message>
        <source>Regulatory weight</source>
        <translation>監管影響力</translation>
    </message>
    <message>
        <source>Weight of the rule-setting bloc the country belongs to (1 = sets the rules for a market the size of the EU).</source>
        <translation>國家所屬規則制定集團的分量(1 = 能為歐盟規模的市場制定規則)。</translation>
    </message>
    <message>
        <source>Language share of web data</source>
        <translation>網路資料中的語言占比</translation>
    </message>
    <message>
        <source>Share of web training data written in the country&apos;s languages. Models trained mostly on English serve small languages poorly.</source>
        <translation>以該國語言寫成的網路訓練資料占比。主要以英語訓練的模型,對小語種的服務較差。</translation>
    </message>
    <message>
        <source>National data quality</source>
        <translation>國家資料品質</translation>
    </message>
    <message>
        <source>Quality, openness and machine-readability of national data (0 = poor, 1 = excellent).</source>
        <translation>國家資料的品質、開放程度與機器可讀性(0 = 差,1 = 極佳)。</translation>
    </message>
    <message>
        <source>AI specialists</source>
        <translation>AI 專業人才</translation>
    </message>
    <message>
        <source>People working in AI in the country. Talent limits how much compute the country can put to use.</source>
        <translation>在該國從事 AI 工作的人數。人才決定國家能實際運用多少算力。</translation>
    </message>
    <message>
        <source>Domestic compute</source>
        <translation>國內算力</translation>
    </message>
    <message>
        <source>AI compute owned at home in 2025, counted in H100-equivalent accelerators.</source>
        <translation>2025 年國內自有的 AI 算力,以 H100 等效加速器計算。</translation>
    </message>
    <message>
        <source>Data-centre capacity</source>
        <translation>資料中心容量</translation>
    </message>
    <message>
        <source>Data-centre capacity in operation in 2025.</source>
        <translation>2025 年運作中的資料中心容量。</translation>
    </message>
    <message>
        <source>Chip industry</source>
        <translation>晶片產業</translation>
    </message>
    <message>
        <source>Ability to make advanced AI chips at home (0 = none, 1 = leading-edge foundries).</source>
        <translation>在國內製造先進 AI 晶片的能力(0 = 沒有,1 = 擁有最先進的晶圓代工廠)。</translation>
    </message>
    <message>
        <source>Export-control tier</source>
        <translation>出口管制等級</translation>
    </message>
    <message>
        <source>Tier under AI chip export controls: 1 = unrestricted, 2 = capped imports, 3 = embargoed.</source>
        <translation>AI 晶片出口管制的等級:1 = 不受限,2 = 進口設有上限,3 = 禁運。</translation>
    </message>
    <message>
        <source>Geopolitical alignment</source>
        <translation>地緣政治親近度</translation>
    </message>
    <message>
        <source>How closely the country is aligned with the bloc of the main chip and cloud suppliers (0 = not at all, 1 = close ally).</source>
        <translation>國家與主要晶片及雲端供應商陣營的親近程度(0 = 完全不親近,1 = 緊密盟友)。</translation>
    </message>
    <message>
        <source>Sovereign compute agreements</source>
        <translation>主權算力接入協議</translation>
    </message>
    <message>
        <source>Multi-year contracts with price locks, non-interruption clauses and emergency priority, especially for inference.</source>
        <translation>包含價格鎖定、不可中斷條款與緊急優先權的多年期合約,特別是針對推論算力。</translation>
    </message>
    <message>
        <source>Diffusion across sectors</source>
        <translation>跨領域應用擴散</translation>
    </message>
    <message>
        <source>Sector sandboxes (health, agriculture, manufacturing) so adoption spreads: value comes from use, not from owning models.</source>
        <translation>在醫療、農業、製造等領域設立監管沙盒,讓應用擴散:價值來自使用,而非擁有模型。</translation>
    </message>
    <message>
        <source>Aggregated national demand</source>
        <translation>聚合國家需求</translation>
    </message>
    <message>
        <source>A published national compute-demand forecast and joint public procurement turn scattered buyers into one large customer.</source>
        <translation>發布國家算力需求預測並統一公共採購,讓分散的買家成為一個大客戶。</translation>
    </message>
    <message>
        <source>Interoperability</source>
        <translation>互操作性</translation>
    </message>
    <message>
        <source>Open standards and modular architecture in procurement keep switching costs low, so no single vendor can hold the country hostage.</source>
        <translation>在採購中要求開放標準與模組化架構,壓低轉換成本,避免被單一廠商綁架。</translation>
    </message>
    <message>
        <source>Small &amp; open-weight models</source>
        <translation>小模型與開放權重模型</translation>
    </message>
    <message>
        <source>Fine-tune open-weight models for national language, law and culture instead of training giant models.</source>
        <translation>針對本國語言、法律與文化微調開放權重模型,而不是訓練巨型模型。</translation>
    </message>
    <message>
        <source>Talent &amp; state capacity</source>
        <translation>人才與國家能力</translation>
    </message>
    <message>
        <source>Mass reskilling, and competitive pay and careers for technical civil servants.</source>
        <translation>大規模再技能化,並為技術型公務員提供具競爭力的薪資與職涯。</translation>
    </message>
    <message>
        <source>Energy &amp; compute planning</source>
        <translation>能源與算力整合規劃</translation>
    </message>
    <message>
        <source>AI energy zones beside firm generation, efficiency standards and protection of household supply.</source>
        <translation>在穩定電源旁設立 AI 能源專區、訂定能源效率標準,並保障民生用電。</translation>
    </message>
    <message>
        <source>Autarky</source>
        <translation>自給自足</translation>
    </message>
    <message>
        <source>Own everything, from power and chips to frontier models, and rely on no foreign supplier: the full-stack sovereignty the report calls too slow and too expensive for almost every country.</source>
        <translation>從電力、晶片到前沿模型全部自己擁有,不依賴任何外國供應商:報告指出,這種全端主權對幾乎所有國家而言都太慢也太貴。</translation>
    </message>
    <message>
        <source>Brazil-style market-for-technology</source>
        <translation>巴西式以市場換技術</translation>
    </message>
    <message>
        <source>Use the largest Latin American market and clean hydro power to make cloud giants invest locally and comply with Brazilian rules, while building local models.</source>
        <translation>運用拉丁美洲最大的市場與乾淨的水力發電,要求雲端巨頭在地投資並遵守巴西法規,同時發展本土模型。</translation>
    </message>
    <message>
        <source>France-style regulatory steering</source>
        <translation>法國式監管引導</translation>
    </message>
    <message>
        <source>Turn EU rules and firm nuclear power into industry: trusted-cloud rules, a national champion and public supercomputing, so foreign giants enter on French terms.</source>
        <translation>將歐盟法規與穩定的核能轉化為產業實力:可信賴雲端規範、本土冠軍企業與公共超級電腦,讓外國巨頭依法國的條件進入市場。</translation>
    </message>
    <message>
        <source>India-style digital public infrastructure</source>
        <translation>印度式數位公共基礎建設</translation>
    </message>
    <message>
        <source>Control the identity, payments and data layers as public infrastructure, stay pragmatic about chips, and pool national GPUs for researchers and start-ups.</source>
        <translation>將身分認證、支付與資料層作為公共基礎建設牢牢掌握,對晶片採務實態度,並為研究人員與新創集中國家 GPU 資源。</translation>
    </message>
    <message>
        <source>Japan-style resilience</source>
        <translation>日本式韌性優先</translation>
    </message>
    <message>
        <source>Build back-up capacity at home (public supercomputers, Japanese open-weight models) so critical systems keep running if foreign supply breaks, without chasing the whole stack.</source>
        <translation>在國內建立備援能力(公共超級電腦、日文開放權重模型),讓關鍵系統在外國供應中斷時仍能運作,而不追求全端自主。</translation>
    </message>
    <message>
        <source>Kenya-style negotiated dependence</source>
        <translation>肯亞式談判式依賴</translation>
    </message>
    <message>
        <source>Use geothermal power to attract a foreign-built data centre, seek access to compute rather than ownership, and grow from user into regional hub.</source>
        <translation>以地熱電力吸引外資興建資料中心,追求算力的接入權而非所有權,並從使用者成長為區域樞紐。</translation>
    </message>
    <message>
        <source>Passive dependence</source>
        <translation>被動依賴</translation>
    </message>
    <message>
        <source>Buy everything from foreign suppliers on their standard terms, with no negotiated protections, no national demand pooling and no domestic fallback.</source>
        <translation>所有技術都依外國供應商的標準條款購買,沒有談判取得的保障、沒有聚合國家需求,也沒有國內備援。</translation>
    </message>
    <message>
        <source>UAE-style frontier proximity</source>
        <translation>阿聯式前沿鄰近</translation>
    </message>
    <message>
        <source>Use state capital to buy speed: a national champion and deals with US firms that accept US export-control conditions in return for frontier technology, while Arabic models keep cultural control.</source>
        <translation>以國家資本換取速度:扶植本土冠軍企業,並與美國企業簽約、接受美國出口管制條件以換取前沿技術,同時以阿拉伯語模型保有文化主導權。</translation>
    </message>
    <message>
        <source>TWh/yr</source>
        <translation>TWh/年</translation>
    </message>
    <message>
        <source>%/yr</source>
        <translation>%/年</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>GW</source>
        <translation>GW</translation>
    </message>
    <message>
        <source>GW/yr</source>
        <translation>GW/年</translation>
    </message>
    <message>
        <source>USD/MWh</source>
        <translation>美元/MWh</translation>
    </message>
    <message>
        <source>million</source>
        <translation>百萬</translation>
    </message>
    <message>
        <source>USD bn</source>
        <translation>十億美元</translation>
    </message>
    <message>
        <source>USD bn/yr</source>
        <translation>十億美元/年</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>千人</translation>
    </message>
    <message>
        <source>H100e</source>
        <translation>H100 等效</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Capital &amp; market</source>
        <translation>資本與市場</translation>
    </message>
    <message>
        <source>Data &amp; language</source>
        <translation>資料與語言</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>人才</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>Geopolitics</source>
        <translation>地緣政治</translation>
    </message>
    <message>
        <source>Postures</source>
        <translation>姿態</translation>
    </message>
    <message>
        <source>Policy levers</source>
        <translation>政策槓桿</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Chips &amp; hardware</source>
        <translation>晶片與硬體</translation>
    </message>
    <message>
        <source>Compute infrastructure</source>
        <translation>算力基礎設施</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Applications &amp; adoption</source>
        <translation>應用與採用</translation>
    </message>
    <message>
        <source>Power plants and grid capacity for data centres.</source>
        <translation>供應資料中心的電廠與電網容量。</translation>
    </message>
    <message>
        <source>AI accelerators and the hardware around them.</source>
        <translation>AI 加速器及其周邊硬體。</translation>
    </message>
    <message>
        <source>Data centres and cloud capacity that run AI workloads.</source>
        <translation>執行 AI 工作負載的資料中心與雲端容量。</translation>
    </message>
    <message>
        <source>National data sets, their governance and who may use them.</source>
        <translation>國家資料集、其治理方式,以及誰可以使用。</translation>
    </message>
    <message>
        <source>The AI models the country relies on, foreign or national.</source>
        <translation>國家所依賴的 AI 模型,無論外國或本土。</translation>
    </message>
    <message>
        <source>AI services used by government, firms and citizens.</source>
        <translation>政府、企業與民眾使用的 AI 服務。</translation>
    </message>
    <message>
        <source>AI specialists and a government that understands the technology.</source>
        <translation>AI 專業人才,以及懂技術的政府。</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>Steer</source>
        <translation>引導</translation>
    </message>
    <message>
        <source>Depend</source>
        <translation>依賴</translation>
    </message>
    <message>
        <source>Own or directly command this layer: safest in a crisis, but the most expensive and the slowest.</source>
        <translation>擁有或直接指揮這一層:危機時最安全,但成本最高、速度最慢。</translation>
    </message>
    <message>
        <source>Do not own it, but shape it through regulation, procurement, standards and market access.</source>
        <translation>不擁有,但透過法規、採購、標準與市場准入來形塑它。</translation>
    </message>
    <message>
        <source>Buy it from others: cheapest and fastest, but exposed to supplier decisions unless the terms are negotiated.</source>
        <translation>向他人購買:最便宜也最快,但除非談妥條件,否則受制於供應商的決定。</translation>
    </message>
    <message>
        <source>Export controls tighten or a supplier cuts the country off: chip imports and foreign cloud access are lost except where contracts protect them.</source>
        <translation>出口管制收緊或供應商斷供:除非受合約保障,否則晶片進口與外國雲端服務都會中斷。</translation>
    </message>
    <message>
        <source>Suppliers raise prices on customers locked into their services.</source>
        <translation>供應商對已被綁定的客戶漲價。</translation>
    </message>
    <message>
        <source>Electricity prices spike and part of the power for data centres is withdrawn.</source>
        <translation>電價飆升,部分供應資料中心的電力被收回。</translation>
    </message>
    <message>
        <source>A new chip generation arrives faster than expected: owned hardware loses value at once. This shock is permanent.</source>
        <translation>新一代晶片比預期更早問世:自有硬體立即貶值。此衝擊為永久性。</translation>
    </message>
    <message>
        <source>Demand for compute jumps, for example after a breakthrough application.</source>
        <translation>算力需求急遽上升,例如出現突破性應用之後。</translation>
    </message>
    <message>
        <source>Compute access (total)</source>
        <translation>算力取得(總量)</translation>
    </message>
    <message>
        <source>Compute access (assured)</source>
        <translation>算力取得(有保障)</translation>
    </message>
    <message>
        <source>Owned domestic compute</source>
        <translation>國內自有算力</translation>
    </message>
    <message>
        <source>Contracted sovereign access</source>
        <translation>主權協議算力</translation>
    </message>
    <message>
        <source>Compute demand</source>
        <translation>算力需求</translation>
    </message>
    <message>
        <source>Critical inference coverage</source>
        <translation>關鍵推論覆蓋率</translation>
    </message>
    <message>
        <source>Data-centre load</source>
        <translation>資料中心負載</translation>
    </message>
    <message>
        <source>Data-centre energy</source>
        <translation>資料中心用電量</translation>
    </message>
    <message>
        <source>Data-centre share of generation</source>
        <translation>資料中心占發電量比例</translation>
    </message>
    <message>
        <source>Energy headroom</source>
        <translation>電力餘裕</translation>
    </message>
    <message>
        <source>Bargaining leverage</source>
        <translation>談判籌碼</translation>
    </message>
    <message>
        <source>Contract price</source>
        <translation>合約價格</translation>
    </message>
    <message>
        <source>Non-interruption share</source>
        <translation>不可中斷比例</translation>
    </message>
    <message>
        <source>Public spending</source>
        <translation>公共支出(每年)</translation>
    </message>
    <message>
        <source>Cumulative public cost</source>
        <translation>累計公共支出</translation>
    </message>
    <message>
        <source>Cost per assured compute</source>
        <translation>每單位有保障算力成本</translation>
    </message>
    <message>
        <source>Owned compute value</source>
        <translation>自有算力價值</translation>
    </message>
    <message>
        <source>AI adoption</source>
        <translation>AI 採用率</translation>
    </message>
    <message>
        <source>AI value</source>
        <translation>AI 創造價值</translation>
    </message>
    <message>
        <source>Local-language capability</source>
        <translation>在地語言能力</translation>
    </message>
    <message>
        <source>AI talent</source>
        <translation>AI 人才</translation>
    </message>
    <message>
        <source>Agency index</source>
        <translation>代理權指數</translation>
    </message>
    <message>
        <source>USD per H100e-hour</source>
        <translation>美元/H100 等效・小時</translation>
    </message>
    <message>
        <source>USD per H100e-year</source>
        <translation>美元/H100 等效・年</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% GDP</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法國</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿拉伯聯合大公國</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>肯亞</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>第 %1 級</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A number followed by its unit, e.g. &quot;200 TWh/yr&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Use country %1</source>
        <translation>使用國家:%1</translation>
    </message>
    <message>
        <source>Use strategy %1</source>
        <translation>使用策略:%1</translation>
    </message>
    <message>
        <source>Apply strategy of &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>將「%1」的策略套用到「%2」</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重新命名情境</translation>
    </message>
    <message>
        <source>Add scenario &quot;%1&quot;</source>
        <translation>新增情境「%1」</translation>
    </message>
    <message>
        <source>Duplicate scenario &quot;%1&quot;</source>
        <translation>複製情境「%1」</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1(副本)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1(副本 %2)</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>第 %1 行第 %2 欄</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>於 %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1,於 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>預期:%1</translation>
    </message>
    <message>
        <source>Remove scenario &quot;%1&quot;</source>
        <translation>移除情境「%1」</translation>
    </message>
    <message>
        <source>Move scenario &quot;%1&quot;</source>
        <translation>移動情境「%1」</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>重新命名工作坊</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>變更%1</translation>
    </message>
    <message>
        <source>USD %1 million</source>
        <translation>%1 百萬美元</translation>
    </message>
    <message>
        <source>USD %1 bn</source>
        <translation>%1 十億美元</translation>
    </message>
    <message>
        <source>Hosted foreign capacity (all)</source>
        <translation>外資設置的在地算力(全部)</translation>
    </message>
    <message>
        <source>Regional market for a hub</source>
        <translation>樞紐可服務的區域市場</translation>
    </message>
    <message>
        <source>GDP of the neighbouring countries a data-centre hub here could serve. Foreign investors build for this market as well as the country&apos;s own.</source>
        <translation>設在本國的資料中心樞紐可服務的鄰近國家 GDP。外國投資者除了本國市場，也會為這個市場建設。</translation>
    </message>
    <message>
        <source>Taiwan-style chips as leverage</source>
        <translation>臺灣式以晶片為籌碼</translation>
    </message>
    <message>
        <source>Make the chips everyone needs and use that to secure access and partners, while rationing scarce power toward AI compute for domestic industry and building a sovereign Traditional-Chinese model.</source>
        <translation>生產各國都需要的晶片，並以此確保取得算力與夥伴；同時把稀缺的電力優先分配給服務本國產業的 AI 算力，並打造自主的繁體中文模型。</translation>
    </message>
    <message>
        <source>Hosted foreign capacity (used)</source>
        <translation>境內外國託管算力（本國使用）</translation>
    </message>
    <message>
        <source>Market cloud</source>
        <translation>市場雲端</translation>
    </message>
    <message>
        <source>Hosted protection share</source>
        <translation>託管算力受保護比例</translation>
    </message>
    <message>
        <source>Market spending</source>
        <translation>市場支出</translation>
    </message>
    <message>
        <source>Public cost per unit of compute</source>
        <translation>每單位算力的公共成本</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::MainWindow</name>
    <message>
        <source>SovSim workshops and scenarios (*.json);;All files (*)</source>
        <translation>SovSim 工作坊與情境 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未儲存的變更</translation>
    </message>
    <message>
        <source>The workshop “%1” has changes that are not saved. Save them first?</source>
        <translation>工作坊「%1」有尚未儲存的變更。要先儲存嗎?</translation>
    </message>
    <message>
        <source>Editing: %1</source>
        <translation>編輯中:%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>情境(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;New Workshop</source>
        <translation>新增工作坊(&amp;N)</translation>
    </message>
    <message>
        <source>Start again from the default workshop</source>
        <translation>從預設工作坊重新開始</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a workshop or scenario file</source>
        <translation>開啟工作坊或情境檔案</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the workshop</source>
        <translation>儲存工作坊</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Rename &amp;Workshop…</source>
        <translation>重新命名工作坊(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Copy Summary Table</source>
        <translation>複製摘要表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>簡報模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with larger text and lines for a projector (F5; Esc leaves)</source>
        <translation>全螢幕並放大文字與線條,適合投影(F5;按 Esc 離開)</translation>
    </message>
    <message>
        <source>&amp;Hide Editing Panels</source>
        <translation>隱藏編輯面板(&amp;H)</translation>
    </message>
    <message>
        <source>Hide or show the scenario and editing panels (F11)</source>
        <translation>隱藏或顯示情境與編輯面板(F11)</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>顯示圖表(&amp;C)</translation>
    </message>
    <message>
        <source>Show Summary &amp;Table</source>
        <translation>顯示摘要表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About SovSim</source>
        <translation>關於 SovSim(&amp;A)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation>摘要表</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Shocks</source>
        <translation>衝擊</translation>
    </message>
    <message>
        <source>The country&apos;s resources: energy, money, data, talent, compute and geopolitics</source>
        <translation>國家的資源:能源、資金、資料、人才、算力與地緣政治</translation>
    </message>
    <message>
        <source>Postures on the AI stack and policy levers</source>
        <translation>AI 技術堆疊的姿態與政策槓桿</translation>
    </message>
    <message>
        <source>Events that test the strategy under stress</source>
        <translation>在壓力下考驗策略的事件</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>編輯情境</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <source>&lt;workshop as opened&gt;</source>
        <translation>&lt;開啟時的工作坊&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>復原歷程</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>%1[*] - %2 - SovSim</source>
        <translation>%1[*] - %2 - SovSim</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>開啟工作坊</translation>
    </message>
    <message>
        <source>Save workshop</source>
        <translation>儲存工作坊</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>重新命名工作坊</translation>
    </message>
    <message>
        <source>Workshop name:</source>
        <translation>工作坊名稱:</translation>
    </message>
    <message>
        <source>The translation could not be loaded.</source>
        <translation>無法載入翻譯。</translation>
    </message>
    <message>
        <source>About SovSim</source>
        <translation>關於 SovSim</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SovSim %1&lt;/h3&gt;&lt;p&gt;A scenario simulator for national AI sovereignty: how a country&apos;s resources, its posture on each layer of the AI stack and its policy levers shape compute access, energy, bargaining leverage and cost, with and without shocks.&lt;/p&gt;&lt;p&gt;Model version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SovSim %1&lt;/h3&gt;&lt;p&gt;國家 AI 主權情境模擬器:呈現一個國家的資源、在 AI 技術堆疊各層採取的姿態,以及政策槓桿,如何在有無衝擊的情況下影響算力取得、能源、談判籌碼與成本。&lt;/p&gt;&lt;p&gt;模型版本 %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>新工作坊</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1（範本）</translation>
    </message>
    <message>
        <source>Opened %1 as a template: Save asks where to keep your copy.</source>
        <translation>已將 %1 當作範本開啟：儲存時會詢問要把副本存在哪裡。</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>要還原未儲存的工作嗎？</translation>
    </message>
    <message>
        <source>SovSim did not close normally last time. The workshop “%1” had changes that were not saved; they were kept on %2.</source>
        <translation>SovSim 上次未正常關閉。工作坊「%1」有尚未儲存的變更，已於 %2 自動保留。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>The folder with SovSim&apos;s log files, to send when something went wrong</source>
        <translation>存放 SovSim 記錄檔的資料夾，發生問題時可將記錄檔寄給我們</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動儲存失敗：%1</translation>
    </message>
    <message>
        <source>Restored the workshop autosaved on %1. It is not saved yet.</source>
        <translation>已還原於 %1 自動儲存的工作坊，尚未存檔。</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用手冊(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ParameterControl</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>A slider&apos;s value followed by a detail, e.g. &quot;60 % · 2.4 % of budget&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1:數值</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>範圍:%1 至 %2</translation>
    </message>
    <message>
        <source>Preset value (marked under the slider): %1</source>
        <translation>預設值(標示於滑桿下方):%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>資料來源:%1</translation>
    </message>
    <message>
        <source>Reset %1 to the preset value (%2)</source>
        <translation>將%1重設為預設值(%2)</translation>
    </message>
    <message>
        <source>Reset %1 to its value when loaded</source>
        <translation>將%1重設為載入時的數值</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重設%1</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::PresentationMode</name>
    <message>
        <source>Show editing panels</source>
        <translation>顯示編輯面板</translation>
    </message>
    <message>
        <source>Hide editing panels</source>
        <translation>隱藏編輯面板</translation>
    </message>
    <message>
        <source>The scenario list and the sliders, over the charts (F11)</source>
        <translation>情境清單與滑桿，浮現在圖表上（F11）</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>離開簡報模式</translation>
    </message>
    <message>
        <source>Back to the workshop window as it was (Esc or F5)</source>
        <translation>回到原本的工作坊視窗（Esc 或 F5）</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(沒有最近開啟的檔案)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ScenarioListPanel</name>
    <message>
        <source>Tick to show on the charts; double-click to rename.</source>
        <translation>勾選以顯示於圖表;按兩下可重新命名。</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>「%1」的顏色</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Add a scenario for a country</source>
        <translation>為一個國家新增情境</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>新增情境</translation>
    </message>
    <message>
        <source>&amp;Add Scenario for Country</source>
        <translation>為國家新增情境(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario</source>
        <translation>複製情境(&amp;D)</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>複製所選情境</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>重新命名情境(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the selected scenario (or double-click it)</source>
        <translation>重新命名所選情境(或按兩下)</translation>
    </message>
    <message>
        <source>Move Scenario &amp;Up</source>
        <translation>情境上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected scenario up</source>
        <translation>將所選情境上移</translation>
    </message>
    <message>
        <source>Move Scenario Do&amp;wn</source>
        <translation>情境下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected scenario down</source>
        <translation>將所選情境下移</translation>
    </message>
    <message>
        <source>Scenario &amp;Colour…</source>
        <translation>情境顏色(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the chart colour of the selected scenario</source>
        <translation>選擇所選情境在圖表中的顏色</translation>
    </message>
    <message>
        <source>Re&amp;move Scenario</source>
        <translation>移除情境(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected scenario (undo brings it back)</source>
        <translation>移除所選情境(可用復原還原)</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ScenarioNames</name>
    <message>
        <source>autarky</source>
        <translation>自給自足</translation>
    </message>
    <message>
        <source>market for technology</source>
        <translation>以市場換技術</translation>
    </message>
    <message>
        <source>regulatory steering</source>
        <translation>監管引導</translation>
    </message>
    <message>
        <source>digital public infrastructure</source>
        <translation>數位公共基礎建設</translation>
    </message>
    <message>
        <source>resilience first</source>
        <translation>韌性優先</translation>
    </message>
    <message>
        <source>negotiated dependence</source>
        <translation>談判式依賴</translation>
    </message>
    <message>
        <source>passive dependence</source>
        <translation>被動依賴</translation>
    </message>
    <message>
        <source>chips as leverage</source>
        <translation>以晶片為籌碼</translation>
    </message>
    <message>
        <source>frontier proximity</source>
        <translation>前沿鄰近</translation>
    </message>
    <message>
        <source>own strategy</source>
        <translation>自訂策略</translation>
    </message>
    <message>
        <source>Own country</source>
        <translation>自訂國家</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>generated scenario name: country - strategy</comment>
        <translation>%1－%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a scenario name made unique</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ShockCard</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>事件:</translation>
    </message>
    <message>
        <source>Shock type</source>
        <translation>衝擊類型</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>開始月份</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>開始年份</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>持續:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>Duration in months</source>
        <translation>持續月數</translation>
    </message>
    <message>
        <source>How long the shock lasts. A chip generation leap is permanent.</source>
        <translation>衝擊持續的時間。晶片世代躍進為永久性。</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>嚴重程度:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>How strong the shock is: 100 % is the strongest case the model assumes.</source>
        <translation>衝擊的強度:100 % 為模型假設的最強情況。</translation>
    </message>
    <message>
        <source>Remove this shock</source>
        <translation>移除此衝擊</translation>
    </message>
    <message>
        <source>Remove shock</source>
        <translation>移除衝擊</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ShockPanel</name>
    <message>
        <source>Move shock</source>
        <translation>移動衝擊</translation>
    </message>
    <message>
        <source>Add shock: %1</source>
        <translation>新增衝擊:%1</translation>
    </message>
    <message>
        <source>Remove shock: %1</source>
        <translation>移除衝擊:%1</translation>
    </message>
    <message>
        <source>Edit shock</source>
        <translation>編輯衝擊</translation>
    </message>
    <message>
        <source>Shocks test a strategy under stress. Drag a bar to move it in time; the shaded periods appear on every chart.</source>
        <translation>衝擊用來在壓力下考驗策略。拖曳色條可調整時間;衝擊期間會以陰影顯示在每張圖表上。</translation>
    </message>
    <message>
        <source>Add a shock</source>
        <translation>新增衝擊</translation>
    </message>
    <message>
        <source>Shock timeline</source>
        <translation>衝擊時間軸</translation>
    </message>
    <message>
        <source>Drag a shock to move it; arrow keys move the selected shock by a month (with Shift, by a year).</source>
        <translation>拖曳衝擊可移動;方向鍵可將所選衝擊移動一個月(按住 Shift 則移動一年)。</translation>
    </message>
    <message>
        <source>(no other scenario has shocks)</source>
        <translation>（其他情境都沒有衝擊）</translation>
    </message>
    <message>
        <source>Copy shocks from &quot;%1&quot;</source>
        <translation>從「%1」複製衝擊</translation>
    </message>
    <message>
        <source>Copy shocks from…</source>
        <translation>從其他情境複製衝擊…</translation>
    </message>
    <message>
        <source>Add the shocks of another scenario to this one</source>
        <translation>把另一個情境的衝擊加到這個情境</translation>
    </message>
    <message>
        <source>%1 (shocks: %2)</source>
        <translation>%1（衝擊：%2）</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ShockTimeline</name>
    <message>
        <source>No shocks: a calm world. Add one below.</source>
        <translation>沒有衝擊:風平浪靜的世界。可在下方新增。</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::StatusNotice</name>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Show the exported files in the file manager</source>
        <translation>在檔案管理員中顯示匯出的檔案</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::StrategyPanel</name>
    <message>
        <source>(no other scenario: add one in the scenario list)</source>
        <translation>(沒有其他情境:請在情境清單中新增)</translation>
    </message>
    <message>
        <source>(Edited from the preset.)</source>
        <translation>(已修改預設值。)</translation>
    </message>
    <message>
        <source>A strategy of its own, not based on a preset.</source>
        <translation>自訂策略,並非依據預設。</translation>
    </message>
    <message>
        <source>%1 % of budget</source>
        <translation>預算的 %1 %</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>策略(&amp;S):</translation>
    </message>
    <message>
        <source>Strategy preset</source>
        <translation>策略預設</translation>
    </message>
    <message>
        <source>Start from one of the national pathways. This replaces every posture and lever below (undo brings them back).</source>
        <translation>從一種國家路徑開始。這會取代下方所有姿態與政策槓桿(可用復原還原)。</translation>
    </message>
    <message>
        <source>Posture on each layer of the AI stack</source>
        <translation>AI 技術堆疊各層的姿態</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible name of a radio button in the strategy grid: &quot;Energy: Control&quot;.</extracomment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Policy levers (intensity)</source>
        <translation>政策槓桿(強度)</translation>
    </message>
    <message>
        <source>Apply this strategy to another scenario…</source>
        <translation>將此策略套用到其他情境…</translation>
    </message>
    <message>
        <source>Copy these postures and levers to another scenario in one step, to see the same strategy in another country.</source>
        <translation>一次將這些姿態與政策槓桿複製到其他情境,看看同一策略在另一個國家的表現。</translation>
    </message>
    <message>
        <source>The levers use %1 % of the public AI budget: %2 per year of %3.</source>
        <translation>政策槓桿使用公共 AI 預算的 %1 %:每年 %3 中的 %2。</translation>
    </message>
    <message>
        <source>Control: own or command it. Steer: shape it through rules, procurement and standards. Depend: buy it from others.</source>
        <translation>控制:擁有或直接指揮。引導:透過法規、採購與標準加以形塑。依賴:向他人購買。</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::SummaryTable</name>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年份(&amp;Y):</translation>
    </message>
    <message>
        <source>Years shown in the table</source>
        <translation>表格中顯示的年份</translation>
    </message>
    <message>
        <source>Years to compare, separated by commas, e.g. 2030, 2035, 2040.</source>
        <translation>要比較的年份,以逗號分隔,例如 2030, 2035, 2040。</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>複製表格</translation>
    </message>
    <message>
        <source>Copy the table as tab-separated text for a spreadsheet or slide (Ctrl+C copies the selected cells).</source>
        <translation>將表格複製為以 Tab 分隔的文字,可貼到試算表或投影片(Ctrl+C 複製所選儲存格)。</translation>
    </message>
    <message>
        <source>Shares are shown in %. Values at 1 January of each year.</source>
        <translation>比例以 % 表示。數值為各年 1 月 1 日的值。</translation>
    </message>
    <message>
        <source>Summary of key metrics</source>
        <translation>關鍵指標摘要</translation>
    </message>
</context>
<context>
    <name>sovsim::ui::UserGuideWindow</name>
    <message>
        <source>SovSim user guide</source>
        <translation>SovSim 使用手冊</translation>
    </message>
</context>
</TS>
