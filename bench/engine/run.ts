import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DepthResult, runDeep } from './deepSuite.js';
import { GcRecorder } from './memory.js';
import { type LatencyResult, runLatency, runThroughput } from './mainSuite.js';
import { parseOptions } from './options.js';
import { type PeerResult, runPeer } from './peerSuite.js';
import { TARGETS, fmtInt, fmtNs, fmtRate, latencyRow, summaryTable, table, writeJson } from './report.js';
import { driveRange } from './drive.js';
import { runRiskThroughput, verifyRiskWorkload } from './riskSuite.js';
import { ACCOUNTS, DEMO_LIMITS, createEngine, newSlots } from './setup.js';
import { verifyWorkload } from './verify.js';
import { defaultSpread, generateWorkload } from './workload.js';

/**
 * `npm run bench:engine [-- --quick]`: the engine benchmark of issue 3.
 * See bench/README.md for the workload and the measuring methods.
 */
const log = (line = ''): void => { process.stdout.write(`${line}\n`); };
const startMs = performance.now();
/** Seconds since start, for section headers. */
const at = (): string => `[${((performance.now() - startMs) / 1000).toFixed(1)} s]`;

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
  const jsonPath = o.json ?? resolve(repoRoot, 'bench/results/engine.json');
  log(`engine benchmark${o.quick ? ' (--quick)' : ''}: node ${process.version}, ${cpus().length} cpus, seed ${o.seed}`);

  // ---- workload -------------------------------------------------------------
  const wl = generateWorkload({
    seed: o.seed,
    restingTarget: o.resting,
    spreadTicks: defaultSpread(o.resting),
    warmupCommands: o.warmup,
    measuredCommands: o.commands,
    accounts: ACCOUNTS,
  });
  const m = wl.measured;
  const pct = (x: number): string => `${((100 * x) / m.commands).toFixed(2)}%`;
  log(`workload: ${fmtInt(wl.prefillEnd)} prefill + ${fmtInt(o.warmup)} warm-up + ${fmtInt(o.commands)} measured ` +
    `commands, generated in ${(wl.generateMs / 1000).toFixed(1)} s (${(wl.stream.words.byteLength / 2 ** 20).toFixed(0)} MiB)`);
  log(`  mix (measured): GTC ${pct(m.newGtc)}, IOC ${pct(m.newIoc)} + market ${pct(m.newMarket)}, ` +
    `cancel ${pct(m.cancels)}, move ${pct(m.moves)}`);

  const verify = verifyWorkload(() => createEngine(DEMO_LIMITS), wl);
  log(`${at()} verification pass (real engine, every event read):`);
  log(table([
    ['segment', 'commands', 'trade cmds', 'trade %', 'rejects', 'STP', 'events/cmd', 'resting', 'levels', 'model'],
    ...verify.segments.map((s) => [s.segment, fmtInt(s.commands), fmtInt(s.tradeCommands),
      `${(100 * s.tradeRatio).toFixed(2)}%`, fmtInt(s.rejects), fmtInt(s.stpCancels),
      (s.events / Math.max(1, s.commands)).toFixed(2), fmtInt(s.resting), fmtInt(s.levels),
      s.ok ? 'agrees' : 'DIFFERS']),
  ]).replace(/^/gm, '  '));
  if (!verify.ok) log('  WARNING: the engine and the generator\'s model disagree; figures below are not for the intended workload');

  const gcRec = new GcRecorder();

  // ---- throughput -------------------------------------------------------------
  log(`${at()} throughput: ${o.runs} runs x ${fmtInt(o.commands)} commands (one clock read per run)`);
  const thr = await runThroughput(wl, DEMO_LIMITS, o.runs, o.peer ? o.peerCommands : 0, gcRec);
  for (const [i, r] of thr.runs.entries()) {
    log(`  run ${i + 1}: ${fmtRate(r.cmdsPerSec)} (per CPU-second ${fmtRate(r.cpuCmdsPerSec)})  heap ${fmtInt(r.heapUsedBefore)} -> ${fmtInt(r.heapUsedAfter)} B ` +
      `(${r.heapGrowthBytes >= 0 ? '+' : ''}${fmtInt(r.heapGrowthBytes)}), arrayBuffers ` +
      `${r.arrayBuffersGrowthBytes >= 0 ? '+' : ''}${fmtInt(r.arrayBuffersGrowthBytes)}; timed loop allocated ` +
      `${r.allocatedBytes === null ? `? (${r.gc.count} gc)` : `${fmtInt(r.allocatedBytes)} B`}`);
  }

  // ---- risk and wallet on ---------------------------------------------------------
  const alone = createEngine(DEMO_LIMITS);
  {
    const { cmd, events } = newSlots();
    driveRange(alone, wl.stream.words, 0, wl.end, cmd, events);
  }
  const riskCheck = verifyRiskWorkload(wl, DEMO_LIMITS, alone.stateHash());
  log(`${at()} with order manager, risk and wallet (funded accounts, ClOrdID per order): ${o.runs} runs; ` +
    `verification: ${riskCheck.riskRejects} risk rejects, ${riskCheck.postingsPerCmd.toFixed(2)} postings/cmd, book equals matching alone`);
  const risk = await runRiskThroughput(wl, DEMO_LIMITS, o.runs, gcRec);
  // Paired: each risk run right after a matching-alone run on the same stream (the machine's noise
  // moves both); the median of the per-pair overheads.
  const riskOverheadPct = risk.pairedOverheadPct;
  log(`  runs: ${risk.runsCmdsPerSec.map(fmtRate).join(', ')} (matching alone just before each: ` +
    `${risk.pairedMatchingCmdsPerSec.map(fmtRate).join(', ')}); median ${fmtRate(risk.cmdsPerSec)}, ` +
    `${riskOverheadPct.toFixed(1)}% below matching alone (median of pairs; target <= ${TARGETS.riskOverheadPct}%); heap growth ` +
    `${fmtInt(risk.heapGrowthBytes)} B (worst ${fmtInt(risk.heapGrowthBytesWorstRun)} B), ${risk.gcCountInTimedLoops} gc in timed loops`);
  log(`  without ClOrdIDs (no dedupe work): ${fmtRate(risk.noClOrdIdCmdsPerSec)}, ${risk.noClOrdIdOverheadPct.toFixed(1)}% below matching alone`);

  // ---- latency ----------------------------------------------------------------
  let lat: LatencyResult | null = null;
  if (o.latency) {
    log(`${at()} latency: ${o.runs} runs x ${fmtInt(o.commands)} commands, each command timed`);
    lat = await runLatency(wl, DEMO_LIMITS, o.runs, gcRec);
    log(table([
      ['per command', 'p50', 'p90', 'p99', 'p99.9', 'p99.99', 'max'],
      latencyRow('corrected', lat.corrected),
      latencyRow('raw', lat.raw),
      latencyRow('no apply (floor)', lat.floor),
      latencyRow(`batch ${lat.batchSize} mean`, lat.batch),
    ]).replace(/^/gm, '  '));
    log(`  clock overhead subtracted: ${fmtNs(lat.clockOverheadNs)} (median of back-to-back process.hrtime() pairs); ` +
      `young-generation collections forced between intervals: ${fmtInt(lat.forcedGc)}, others during timed loops: ` +
      `${fmtInt(lat.gc.count - lat.forcedGc)} (all: ${lat.gc.totalMs.toFixed(1)} ms, longest ${lat.gc.maxMs.toFixed(2)} ms)`);
  }

  // ---- peer -------------------------------------------------------------------
  let peer: PeerResult | null = null;
  if (o.peer) {
    log(`${at()} nodejs-order-book: ${o.runs} runs x ${fmtInt(o.peerCommands)} commands (the first ones of the same ` +
      'measured segment, after the same prefill and warm-up)');
    peer = runPeer(wl, o.peerCommands, o.runs);
    log(`  ${fmtRate(peer.cmdsPerSec)} (runs: ${peer.runs.map(fmtRate).join(', ')}); misses ${peer.misses}`);
    log(`  ours on the same ${fmtInt(o.peerCommands)} commands: ${fmtRate(thr.peerSegmentCmdsPerSec)} -> ` +
      `${(thr.peerSegmentCmdsPerSec / peer.cmdsPerSec).toFixed(1)}x`);
  }

  // ---- deep book --------------------------------------------------------------
  let depth: DepthResult[] = [];
  if (o.deep) {
    log(`${at()} deep book: ${o.depths.map(fmtInt).join(', ')} resting; ${o.deepRuns} runs x ${fmtInt(o.deepCommands)} commands`);
    depth = runDeep({ seed: o.seed, depths: o.depths, warmup: o.deepWarmup, commands: o.deepCommands, runs: o.deepRuns, verify: !o.quick }, log);
    log(table([
      ['resting', 'levels', 'ns/cmd', 'cmds/s', 'B/order', 'marginal B/order', 'engine B/order', 'trade %', 'verified'],
      ...depth.map((d) => [fmtInt(d.resting), fmtInt(d.levels), d.nsPerCmd.toFixed(1), fmtRate(d.cmdsPerSec),
        d.bytesPerOrder.toFixed(1), d.marginalBytesPerOrder === null ? '-' : d.marginalBytesPerOrder.toFixed(1),
        d.engineBytesPerOrder === null ? '-' : d.engineBytesPerOrder.toFixed(1),
        `${(100 * d.tradeRatio).toFixed(2)}%`, d.verified === null ? 'skipped' : d.verified ? 'yes' : 'NO']),
    ]).replace(/^/gm, '  '));
  }
  gcRec.close();

  // ---- summary ----------------------------------------------------------------
  log();
  log(summaryTable({ commands: o.commands, throughput: thr, latency: lat, peer, depth }));
  const measuredCheck = verify.segments[verify.segments.length - 1]!;
  writeJson(jsonPath, {
    name: 'engine',
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    quick: o.quick,
    seed: o.seed,
    commands: o.commands,
    runs: o.runs,
    cmdsPerSec: thr.cmdsPerSec,
    cpuCmdsPerSec: thr.cpuCmdsPerSec,
    peerCmdsPerSec: peer?.cmdsPerSec ?? null,
    ratioToPeer: peer ? thr.peerSegmentCmdsPerSec / peer.cmdsPerSec : null,
    ratioToPeerMethod: 'ours / peer, both on the same first peerCommands measured commands, medians of runs',
    ratioFullStreamToPeer: peer ? thr.cmdsPerSec / peer.cmdsPerSec : null,
    peerCommands: peer?.commands ?? null,
    p50Ns: lat?.corrected.p50Ns ?? null,
    p99Ns: lat?.corrected.p99Ns ?? null,
    p999Ns: lat?.corrected.p999Ns ?? null,
    p9999Ns: lat?.corrected.p9999Ns ?? null,
    maxNs: lat?.corrected.maxNs ?? null,
    heapGrowthBytes: thr.heapGrowthBytes,
    heapGrowthBytesWorstRun: thr.heapGrowthBytesWorstRun,
    riskCmdsPerSec: risk.cmdsPerSec,
    riskOverheadPct,
    riskRunsCmdsPerSec: risk.runsCmdsPerSec,
    riskNoClOrdIdCmdsPerSec: risk.noClOrdIdCmdsPerSec,
    riskNoClOrdIdOverheadPct: risk.noClOrdIdOverheadPct,
    riskPairedMatchingCmdsPerSec: risk.pairedMatchingCmdsPerSec,
    riskHeapGrowthBytes: risk.heapGrowthBytes,
    riskHeapGrowthBytesWorstRun: risk.heapGrowthBytesWorstRun,
    riskGcCountInTimedLoops: risk.gcCountInTimedLoops,
    riskRejects: riskCheck.riskRejects,
    riskPostingsPerCmd: riskCheck.postingsPerCmd,
    riskMethod: 'the same measured stream through ExchangeCore (order manager with a ClOrdID per NEW_ORDER and a ' +
      '0.2 s dedupe window, risk, holds, settlement, fees, postings, matching) on 1000 funded accounts; median of ' +
      'runs; each risk run is paired with a matching-alone run on the same stream just before it, and ' +
      'riskOverheadPct is the median over the pairs of 1 - risk / matching alone',
    heapGrowthMethod: 'heapUsed after minus before the timed loop, each after two forced full gcs; median of runs',
    heapUsedBefore: thr.heapUsedBefore,
    heapUsedAfter: thr.heapUsedAfter,
    arrayBuffersGrowthBytes: thr.arrayBuffersGrowthBytes,
    allocatedBytesInTimedLoop: thr.allocatedBytes,
    allocatedBytesInTimedLoopWorstRun: thr.allocatedBytesWorstRun,
    allocationMethod: 'young-generation growth over the timed loop (no gc in it), minus the same bracket around ' +
      'zero commands; median of runs',
    depth: depth.map((d) => ({
      resting: d.resting,
      nsPerCmd: d.nsPerCmd,
      bytesPerOrder: d.bytesPerOrder,
      marginalBytesPerOrder: d.marginalBytesPerOrder,
      engineBytesPerOrder: d.engineBytesPerOrder,
      cmdsPerSec: d.cmdsPerSec,
      levels: d.levels,
      capacityOrders: d.capacityOrders,
      capacityLevels: d.capacityLevels,
      tradeRatio: d.tradeRatio,
      verified: d.verified,
      runsNsPerCmd: d.runs,
    })),
    latency: lat && {
      method: 'per command: process.hrtime() before and after apply(); the median cost of a back-to-back pair ' +
        '(same loop without apply) subtracted, clamped at 0; a young-generation gc forced between intervals every ' +
        '2048 commands (the clock reads allocate); percentiles per run from an HDR histogram, median over runs ' +
        '(max: worst run)',
      clockOverheadNs: lat.clockOverheadNs,
      corrected: lat.corrected,
      raw: lat.raw,
      floorWithoutApply: lat.floor,
      batchSize: lat.batchSize,
      batchMean: lat.batch,
      gcDuringTimedLoops: lat.gc,
      forcedMinorGcBetweenIntervals: lat.forcedGc,
      unplannedGcDuringTimedLoops: lat.gc.count - lat.forcedGc,
    },
    workload: {
      resting: o.resting,
      spreadTicks: defaultSpread(o.resting),
      accounts: ACCOUNTS,
      prefill: wl.prefill,
      warmup: wl.warmup,
      measured: wl.measured,
      tradeRatio: measuredCheck.tradeRatio,
      restingAtEnd: measuredCheck.resting,
      levelsAtEnd: measuredCheck.levels,
      verified: verify.ok,
    },
    throughputRuns: thr.runs,
    peerRuns: peer?.runs ?? null,
    peerMisses: peer?.misses ?? null,
    targets: TARGETS,
  });
  log(`\n${at()} wrote ${jsonPath}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
