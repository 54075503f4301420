import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importedEngine, importedModules, PACKAGE_MODULES } from '../../../src/engine/discover/imported-engine.ts';

describe('importedModules', () => {
	it('names the top-level module of every import statement, indented ones too, and no relative one', () => {
		const source = [
			'"""Counts words with pyspark, from a docstring that mentions it."""',
			'import os, sys as system',
			'from pyspark.sql import SparkSession',
			'from . import helpers',
			'def main() -> None:',
			'    import apache_beam.transforms.window',
			'x = "import trio"',
		].join('\n');
		expect(importedModules(source)).toEqual(['os', 'sys', 'pyspark', 'apache_beam']);
	});
});

describe('importedEngine', () => {
	const engineOf = (...lines: string[]) => importedEngine(lines.join('\n'));

	it('knows each engine from its package, Spark and Beam before the other packages', () => {
		expect(engineOf('from pyspark.sql import SparkSession')).toBe('spark');
		expect(engineOf('import apache_beam as beam')).toBe('beam');
		expect(engineOf('import anyio')).toBe('packages');
		expect(engineOf('import asyncio', 'import uvloop')).toBe('packages');
		expect(engineOf('import anyio', 'from pyspark import RDD')).toBe('spark');
		expect(engineOf('import asyncio', 'from concurrent.futures import ThreadPoolExecutor')).toBeNull();
	});

	it('leaves a program that imports both Spark and Beam to example.json', () => {
		expect(engineOf('import pyspark', 'import apache_beam')).toBe('spark-and-beam');
	});

	it('knows every package requirements.in names', () => {
		const requirements = readFileSync(new URL('../../../requirements.in', import.meta.url), 'utf8');
		const names = [...requirements.matchAll(/^([A-Za-z0-9_.-]+)==/gm)].map((m) => m[1]!.toLowerCase());
		expect(names.length).toBeGreaterThan(0);
		expect(names.filter((name) => !(name in PACKAGE_MODULES))).toEqual([]);
	});
});
