import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export interface CompiledChart {
  vega: vega.Spec;
  /** Vega-Lite's own warnings while compiling; a declaration in reports/ must have none. */
  warnings: string[];
}

/** Compiles a Vega-Lite spec, collecting its warnings instead of printing them. */
export function compileChart(spec: TopLevelSpec): CompiledChart {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => {
      throw new Error(args.map(String).join(' '));
    },
    warn: (...args: unknown[]) => (warnings.push(args.map(String).join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  } as unknown as Parameters<typeof compile>[1] extends { logger?: infer L } ? L : never;
  const { spec: compiled } = compile(spec, { logger });
  return { vega: compiled, warnings };
}

/** Renders a compiled Vega spec to SVG text, headless (no DOM, no canvas). */
export async function renderSvg(spec: vega.Spec): Promise<string> {
  // Errors only: an empty dataset (no alert in the window) makes Vega warn of an infinite extent, which is no fault.
  const view = new vega.View(vega.parse(spec), { renderer: 'none', logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu'];
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

export class MissingFontsError extends Error {
  constructor() {
    super(
      `PNG charts need the DejaVu fonts (${FONT_FILES.join(', ')}) in ${FONT_DIRS.join(' or ')}, and they are not there. ` +
        'Install them with: bash bin/install-system-packages.sh (Debian package fonts-dejavu-core).',
    );
  }
}

function fontFiles(): string[] {
  for (const dir of FONT_DIRS) {
    const files = FONT_FILES.map((name) => join(dir, name));
    if (files.every((file) => existsSync(file))) return files;
  }
  throw new MissingFontsError();
}

/**
 * Rasterizes SVG to PNG with resvg. Vega writes font-family="sans-serif", so sans-serif is mapped to
 * DejaVu Sans, which covers Latin, Turkish, Hungarian and Arabic letters; system fonts are not
 * searched, so the output is the same on every machine.
 */
export function renderPng(svg: string, options: { scale?: number } = {}): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: options.scale && options.scale !== 1 ? { mode: 'zoom', value: options.scale } : { mode: 'original' },
    background: 'white',
  });
  return resvg.render().asPng();
}
