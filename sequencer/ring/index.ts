export { Ring } from './ring.js';
export { RingConsumer, type RingHandler } from './ringConsumer.js';
export { RING_LIMITS, type RingConfig } from './ringLayout.js';
export { RingProducer } from './ringProducer.js';
export { RING_WAIT_DEFAULTS, RING_WAIT_LIMITS, type RingWaitConfig } from './ringWait.js';
