// An empty Eleventy configuration: the render stage configures Eleventy in code (see eleventy.ts).
export default function () {}
