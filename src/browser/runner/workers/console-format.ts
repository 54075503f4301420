/**
 * Formats `console.log` arguments the way Node does for what examples print (strings, numbers, arrays, plain
 * objects, Map, Set, errors, `%s`-style placeholders), so a program prints the same text in the browser as on Node.
 * Node's line breaking of long values (over 72 characters) is not copied: such values print on one line.
 */

export function formatLog(args: unknown[]): string {
	const [first, ...rest] = args;
	if (typeof first === 'string' && rest.length && first.includes('%')) {
		const formatted = first.replace(/%([sdifjoOc%])/g, (match, kind: string) => {
			if (kind === '%') return '%';
			if (!rest.length) return match;
			const value = rest.shift();
			if (kind === 's') return typeof value === 'string' ? value : inspect(value, 1);
			if (kind === 'd' || kind === 'i') return String(kind === 'i' ? Number.parseInt(String(value)) : Number(value));
			if (kind === 'f') return String(Number.parseFloat(String(value)));
			if (kind === 'j') return JSON.stringify(value);
			if (kind === 'c') return '';
			return inspect(value, 0);
		});
		return [formatted, ...rest.map((value) => (typeof value === 'string' ? value : inspect(value, 0)))].join(' ');
	}
	return args.map((value) => (typeof value === 'string' ? value : inspect(value, 0))).join(' ');
}

/** Node's `util.inspect` for common values; `depth` is how deep `value` sits (strings inside are quoted). */
export function inspect(value: unknown, depth: number, seen: Set<object> = new Set()): string {
	if (value === null) return 'null';
	switch (typeof value) {
		case 'string':
			return depth === 0 ? value : quote(value);
		case 'number':
			return Object.is(value, -0) ? '-0' : String(value);
		case 'bigint':
			return `${value}n`;
		case 'undefined':
		case 'boolean':
			return String(value);
		case 'symbol':
			return value.toString();
		case 'function':
			return /^class\b/.test(Function.prototype.toString.call(value))
				? `[class ${value.name}]`
				: `[Function${value.name ? `: ${value.name}` : ' (anonymous)'}]`;
	}
	const object = value as object;
	if (object instanceof Error) return object.stack ?? `${object.name}: ${object.message}`;
	if (seen.has(object)) return '[Circular *1]';
	if (depth > 2) return Array.isArray(object) ? '[Array]' : '[Object]';
	seen.add(object);
	try {
		const inner = (item: unknown) => inspect(item, depth + 1, seen);
		if (Array.isArray(object)) return braces('', '[', object.map(inner), ']');
		if (object instanceof Map) {
			return braces(
				`Map(${object.size}) `,
				'{',
				[...object].map(([k, v]) => `${inner(k)} => ${inner(v)}`),
				'}'
			);
		}
		if (object instanceof Set) return braces(`Set(${object.size}) `, '{', [...object].map(inner), '}');
		if (object instanceof Promise) return 'Promise { <unknown state> }';
		const name = Object.getPrototypeOf(object)?.constructor?.name;
		const prefix =
			name && name !== 'Object' ? `${name} ` : Object.getPrototypeOf(object) ? '' : '[Object: null prototype] ';
		const entries = Object.entries(object).map(
			([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)}: ${inner(item)}`
		);
		return braces(prefix, '{', entries, '}');
	} finally {
		seen.delete(object);
	}
}

function braces(prefix: string, open: string, items: string[], close: string): string {
	return items.length ? `${prefix}${open} ${items.join(', ')} ${close}` : `${prefix}${open}${close}`;
}

function quote(text: string): string {
	const q = !text.includes("'") ? "'" : !text.includes('"') ? '"' : '`';
	return `${q}${text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replaceAll(q, `\\${q}`)}${q}`;
}
