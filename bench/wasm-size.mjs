// Where the wasm's bytes go: code size per crate, read from the function
// names that survive wasm-bindgen and are stripped only by wasm-opt.
// Usage: node bench/wasm-size.mjs [WASM] [TOP] (default Trunk's
// intermediate target/wasm-bindgen/release/career-guide_bg.wasm, 15 rows).
// Sizes are of unoptimised code, so they show proportions, not shipped bytes.
import { readFileSync } from 'node:fs';

/** Rust's legacy symbol mangling (`_ZN4core3fmt5write17h…E`) as a path. */
function demangle(symbol) {
  if (!symbol.startsWith('_ZN')) return symbol;
  const parts = [];
  let i = 3;
  while (i < symbol.length && symbol[i] !== 'E') {
    const digits = symbol.slice(i).match(/^\d+/);
    if (!digits) break;
    i += digits[0].length;
    parts.push(symbol.slice(i, i + Number(digits[0])));
    i += Number(digits[0]);
  }
  return parts.join('::')
    .replace(/^_\$/, '$')
    .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&')
    .replace(/\$BP\$/g, '*').replace(/\$C\$/g, ',').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}')
    .replace(/\.\./g, '::');
}

/** Code bytes per crate and the module's data bytes. */
export function wasmSizeByCrate(path) {
  const buf = readFileSync(path);
  let p = 8;
  const uleb = () => {
    let result = 0, shift = 0, byte;
    do {
      byte = buf[p++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const skipName = () => { const len = uleb(); p += len; };
  let importedFunctions = 0, data = 0;
  const bodies = [], names = new Map();
  while (p < buf.length) {
    const id = buf[p++];
    const size = uleb();
    const end = p + size;
    if (id === 2) {
      // Imports: functions among them shift the indices of defined ones.
      for (let n = uleb(); n > 0; n--) {
        skipName();
        skipName();
        const kind = buf[p++];
        if (kind === 0) { importedFunctions++; uleb(); }
        else if (kind === 1) { p++; if (uleb() & 1) uleb(); uleb(); }
        else if (kind === 2) { if (uleb() & 1) { uleb(); uleb(); } else uleb(); }
        else if (kind === 3) p += 2;
        else if (kind === 4) { p++; uleb(); }
      }
    } else if (id === 10) {
      for (let n = uleb(); n > 0; n--) { const len = uleb(); bodies.push(len); p += len; }
    } else if (id === 11) {
      data += size;
    } else if (id === 0) {
      const len = uleb();
      const section = buf.subarray(p, p + len).toString();
      p += len;
      while (section === 'name' && p < end) {
        const sub = buf[p++];
        const subSize = uleb();
        const subEnd = p + subSize;
        if (sub === 1) {
          for (let n = uleb(); n > 0; n--) {
            const index = uleb();
            const l = uleb();
            names.set(index, buf.subarray(p, p + l).toString());
            p += l;
          }
        }
        p = subEnd;
      }
    }
    p = end;
  }
  const crates = new Map();
  bodies.forEach((bytes, i) => {
    const name = demangle(names.get(i + importedFunctions) ?? '');
    // The first path segment, looking through `<T as crate::Trait>`, `&`
    // and drop glue (`core::ptr::drop_in_place<crate::Type>`).
    const crate = name.replace(/^core::ptr::drop_in_place</, '').replace(/^<[^>]*? as /, '').match(/^[<&*]*(?:mut )?([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1] ?? '(other)';
    crates.set(crate, (crates.get(crate) ?? 0) + bytes);
  });
  const code = bodies.reduce((a, b) => a + b, 0);
  return { code, data, functions: bodies.length, crates: [...crates].sort((a, b) => b[1] - a[1]) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? 'target/wasm-bindgen/release/career-guide_bg.wasm';
  const top = Number(process.argv[3] ?? 15);
  const { code, data, functions, crates } = wasmSizeByCrate(path);
  console.log(`\n### Wasm code by crate (unoptimised: ${code} code bytes in ${functions} functions, ${data} data bytes)\n\n| crate | code bytes | share |\n| --- | ---: | ---: |`);
  for (const [crate, bytes] of crates.slice(0, top)) console.log(`| ${crate} | ${bytes} | ${((100 * bytes) / code).toFixed(1)} % |`);
}
