/** The parts of frappe-gantt 1.2.2 (which ships no types) that the timeline uses; read from its source. */
declare module 'frappe-gantt' {
  export interface FrappeTask {
    id: string;
    name: string;
    start: string;
    end: string;
    progress: number;
    dependencies: string | string[];
    custom_class?: string;
    _start?: Date;
    _end?: Date;
    _index?: number;
  }

  export interface FrappeBar {
    task: FrappeTask;
    group: SVGGElement;
    $bar: SVGRectElement;
    x: number;
    y: number;
    arrows: { update(): void }[];
    refresh(): void;
    compute_x(): void;
  }

  export interface FrappeViewMode {
    name: string;
    step: string;
    [key: string]: unknown;
  }

  export default class Gantt {
    constructor(wrapper: HTMLElement, tasks: FrappeTask[], options: Record<string, unknown>);
    options: Record<string, unknown> & { bar_height: number; padding: number };
    config: { column_width: number; step: number; unit: string; header_height: number; view_mode: FrappeViewMode; date_format: string };
    $container: HTMLDivElement;
    $svg: SVGSVGElement;
    layers: Record<'grid' | 'arrow' | 'progress' | 'bar', SVGGElement>;
    bars: FrappeBar[];
    tasks: FrappeTask[];
    gantt_start: Date;
    gantt_end: Date;
    grid_height: number;
    highlight_holidays(): void;
    setup_gantt_dates(refresh: boolean): void;
    set_scroll_position(date: unknown): void;
    make_bars(): void;
    refresh(tasks: FrappeTask[]): void;
    change_view_mode(mode?: string, maintainPosition?: boolean): void;
    update_task(id: string, details: Partial<FrappeTask>): void;
  }
}
