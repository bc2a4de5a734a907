// The catalog against the vendor datasheet figures (as transcribed in the published-figures reference):
// that file wins where they disagree.
import { describe, expect, it } from 'vitest';
import { defaultCatalog, findGpu, findPrice } from '../../shared/catalog';
import { embodiedFromDieArea } from '../../shared/catalog/embodied';

const T = 1e12;
const GB = 1e9;
// [id, memory GB, bandwidth GB/s, fp32, tf32, bf16/fp16, fp8, int8, TDP W] — undefined = "–" in the table.
type Row = [string, number, number, number, number | undefined, number, number | undefined, number | undefined, number];
const datasheet: Row[] = [
  ['v100-32gb', 32, 900, 15.7, undefined, 125, undefined, undefined, 300],
  ['a100-40gb', 40, 1555, 19.5, 156, 312, undefined, 624, 400],
  ['a100-80gb', 80, 2039, 19.5, 156, 312, undefined, 624, 400],
  ['h100-sxm', 80, 3350, 67, 494.7, 989.4, 1979, 1979, 700],
  ['h100-pcie', 80, 2000, 51, 378, 756, 1513, 1513, 350],
  ['h200', 141, 4800, 67, 494.7, 989.4, 1979, 1979, 700],
  ['l4', 24, 300, 30.3, 60, 121, 242, 242, 72],
  ['l40s', 48, 864, 91.6, 183, 362, 733, 733, 350],
  ['t4', 16, 320, 8.1, undefined, 65, undefined, 130, 70],
  ['mi300x', 192, 5300, 163.4, 653.7, 1307, 2615, 2615, 750],
];

// The reference rounds AMD's 1,307.4 / 2,614.9 TFLOP/s to whole numbers: allow 0.05 %.
const close = (actual: number | undefined, expected: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) / expected - 1)).toBeLessThan(5e-4);
};

describe('GPU catalog matches the reference datasheet figures', () => {
  it.each(datasheet)('%s', (id, memGb, bwGb, fp32, tf32, bf16, fp8, int8, tdp) => {
    const g = findGpu(defaultCatalog, id);
    expect(g, `catalog has ${id}`).toBeDefined();
    if (!g) return;
    expect(g.memoryBytes).toBe(memGb * GB);
    expect(g.bandwidthBytesPerS).toBe(bwGb * GB);
    close(g.peakFlops.fp32, fp32 * T);
    close(g.peakFlops.fp16, bf16 * T);
    if (id !== 'v100-32gb' && id !== 't4') close(g.peakFlops.bf16, bf16 * T);
    else expect(g.peakFlops.bf16).toBeUndefined(); // Volta and Turing have no BF16
    if (tf32 === undefined) expect(g.peakFlops.tf32).toBeUndefined();
    else close(g.peakFlops.tf32, tf32 * T);
    if (fp8 === undefined) expect(g.peakFlops.fp8).toBeUndefined();
    else close(g.peakFlops.fp8, fp8 * T);
    if (int8 !== undefined) close(g.peakFlops.int8, int8 * T);
    expect(g.tdpW).toBe(tdp);
  });

  it('has every GPU the foundation issue lists', () => {
    const ids = defaultCatalog.gpus.map((g) => g.id);
    for (const id of [
      'v100-32gb',
      'a100-40gb',
      'a100-80gb',
      'h100-sxm',
      'h100-pcie',
      'h200',
      'b200',
      'l4',
      'l40s',
      't4',
      'a10',
      'mi250x',
      'mi300x',
    ])
      expect(ids).toContain(id);
  });
});

describe('embodied emissions', () => {
  it('derives the A100 figure from Luccioni et al. 2022: 150 kg per GPU + 2,500 kg per 8-GPU server', () => {
    const a100 = findGpu(defaultCatalog, 'a100-80gb');
    expect(a100?.embodiedKgCo2e).toBe(150 + 2500 / 8);
    expect(a100?.embodiedSource).toMatch(/Luccioni/);
    expect(a100?.embodiedSource).not.toMatch(/assumption/);
  });

  it('scales other GPUs by die area and labels that as an assumption', () => {
    const e = embodiedFromDieArea(413, 'half an A100');
    expect(e.kgCo2e).toBeCloseTo(75 + 312.5, 1);
    expect(e.source).toMatch(/assumption/);
    for (const g of defaultCatalog.gpus.filter((x) => x.generation !== 'Ampere' || x.id === 'a10')) {
      expect(g.embodiedSource, g.id).toMatch(/assumption/);
      expect(g.embodiedKgCo2e, g.id).toBeGreaterThan(312.5);
    }
  });
});

describe('regions and prices', () => {
  it('has at least a dozen regions, each with intensity, year, source and date', () => {
    expect(defaultCatalog.regions.length).toBeGreaterThanOrEqual(12);
    for (const r of defaultCatalog.regions) {
      expect(r.carbonIntensityKgPerKWh, r.id).toBeGreaterThan(0);
      expect(r.carbonIntensityKgPerKWh, r.id).toBeLessThan(1.2);
      expect(r.year, r.id).toBeGreaterThanOrEqual(2020);
      expect(r.source.length, r.id).toBeGreaterThan(10);
    }
    for (const id of [
      'world',
      'us',
      'eu',
      'france',
      'sweden',
      'norway',
      'germany',
      'poland',
      'uk',
      'ireland',
      'netherlands',
      'india',
      'china',
      'japan',
      'australia',
      'canada-quebec',
      'singapore',
    ]) {
      expect(defaultCatalog.regions.map((r) => r.id)).toContain(id);
    }
  });

  it('keeps the article Azure V100 price and the AWS capacity-block prices of the reference', () => {
    expect(findPrice(defaultCatalog, 'azure-nc-v100-westeurope')).toMatchObject({
      pricePerGpuHour: 3.3926,
      currency: 'EUR',
      gpu: 'v100-32gb',
    });
    expect(findPrice(defaultCatalog, 'aws-p5-h100-capacity-block')?.pricePerGpuHour).toBeCloseTo(4.92, 2);
    expect(findPrice(defaultCatalog, 'aws-p5e-h200-capacity-block')?.pricePerGpuHour).toBeCloseTo(5.41, 2);
    expect(findPrice(defaultCatalog, 'aws-p4d-a100-capacity-block')?.pricePerGpuHour).toBeCloseTo(1.84, 2);
  });

  it('dates every price', () => {
    for (const p of defaultCatalog.prices) expect(p.date, p.id).toMatch(/^\d{4}-\d{2}/);
  });
});
