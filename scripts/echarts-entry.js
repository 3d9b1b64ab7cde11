// The ECharts build the atlas loads: only the charts and components it draws. Anything the Rust
// side adds to an option must be registered here, or ECharts ignores it (with a console warning).
import { use } from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init, getInstanceByDom, version } from 'echarts/core';
