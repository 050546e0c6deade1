/** A rectangle in a chart's SVG coordinates: bars, panels and plot areas all have one. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
