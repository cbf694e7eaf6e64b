import type { z } from 'astro/zod';
import { slugify } from '../../vocabulary/slug.ts';

/** Vietnamese names of the value kinds an editor can write in YAML. */
const typeName: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng “- ”)',
  object: 'một nhóm trường con (mỗi trường một dòng, thụt vào)',
  date: 'một ngày dạng NĂM-THÁNG-NGÀY',
};

export function describeValue(value: unknown): string {
  if (value === undefined) return '(không có)';
  if (value === null) return '(để trống)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `một danh sách ${value.length} mục`;
  if (typeof value === 'object') return 'một nhóm trường con';
  const s = typeof value === 'string' ? `"${value}"` : String(value);
  return s.length > 80 ? s.slice(0, 77) + '…"' : s;
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** The closest known name, if it is close enough to be a likely typo. */
function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const folded = slugify(word);
  for (const c of candidates) {
    if (c === folded) return c;
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

export interface Explained {
  message: string;
  expected?: string | undefined;
  found?: string | undefined;
  /** English technical detail; empty when the message says it all. */
  detail: string;
}

/** Turns one zod issue into words an editor understands, with the technical detail after. */
export function explainIssue(issue: z.core.$ZodIssue, knownKeys: readonly string[]): Explained {
  const input = (issue as { input?: unknown }).input;
  const detail = `${issue.code}: ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName[issue.expected] ?? issue.expected;
      if (input === undefined) return { message: 'Thiếu trường bắt buộc', expected, found: '(không có)', detail };
      if (input === null) return { message: 'Trường này đang để trống', expected, found: '(để trống)', detail };
      return { message: 'Sai kiểu giá trị', expected, found: describeValue(input), detail };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const suggestion = typeof input === 'string' ? closest(input, values) : undefined;
      return {
        message: `Giá trị không nằm trong danh sách cho phép${suggestion ? `; có phải ý bạn là “${suggestion}”?` : ''}`,
        expected: `một trong: ${values.join(', ')}`,
        found: describeValue(input),
        detail,
      };
    }
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const suggestion = closest(key, knownKeys);
      return {
        message: `Trường lạ, không có trong mẫu nội dung${suggestion ? `; có phải ý bạn là “${suggestion}”?` : ''} Trường viết sai tên sẽ không được dùng`,
        expected: knownKeys.length ? `một trong các trường: ${knownKeys.join(', ')}` : undefined,
        found: issue.keys.join(', '),
        detail,
      };
    }
    case 'too_small': {
      if (issue.origin === 'string')
        return {
          message: 'Không được để trống',
          expected: `ít nhất ${issue.minimum} ký tự`,
          found: describeValue(input),
          detail,
        };
      if (issue.origin === 'array')
        return {
          message: 'Danh sách quá ngắn',
          expected: `ít nhất ${issue.minimum} mục`,
          found: describeValue(input),
          detail,
        };
      return {
        message: 'Giá trị quá nhỏ',
        expected: `từ ${issue.minimum} trở lên`,
        found: describeValue(input),
        detail,
      };
    }
    case 'too_big':
      if (issue.origin === 'string' && typeof input === 'string') {
        return {
          message: 'Quá dài',
          expected: `tối đa ${issue.maximum} ký tự`,
          found: `${input.length} ký tự: ${describeValue(input)}`,
          detail,
        };
      }
      return { message: 'Giá trị quá lớn', expected: `tối đa ${issue.maximum}`, found: describeValue(input), detail };
    case 'invalid_format':
      return {
        message: issue.message.startsWith('Invalid') ? 'Sai định dạng' : issue.message,
        expected: issue.format,
        found: describeValue(input),
        detail,
      };
    case 'invalid_union':
      if (input === undefined) return { message: 'Thiếu trường bắt buộc', found: '(không có)', detail };
      return { message: 'Giá trị không đúng dạng', found: describeValue(input), detail };
    default: {
      const params = (issue as { params?: { expected?: string; received?: string } }).params;
      return {
        message: issue.message,
        expected: params?.expected,
        found: params?.received ?? (input !== undefined ? describeValue(input) : undefined),
        detail: '',
      };
    }
  }
}
