/** The Car sample read and written through the generated flyweights alone, every getter and setter in schema order. */
import {
  BooleanType,
  BoostType,
  CarDecoder,
  CarEncoder,
  MessageHeaderDecoder,
  MessageHeaderEncoder,
  Model,
} from '../generated/car/index.js';
import { viewOf } from './paths.js';

/** The JSON form built from the generated decoder alone (every getter, in schema order), and the bytes it used. */
export function decodeWithFlyweights(bytes: Uint8Array): { message: unknown; encodedLength: number } {
  const view = viewOf(bytes);
  const header = new MessageHeaderDecoder();
  const car = new CarDecoder().wrapAndApplyHeader(view, 0, header);
  const extras = car.extras();
  const engine = car.engine();
  const fuelFigures = [];
  for (const g = car.fuelFigures(); g.hasNext(); ) {
    g.next();
    fuelFigures.push({ speed: g.speed(), mpg: g.mpg(), usageDescription: g.usageDescription() });
  }
  const performanceFigures = [];
  for (const p = car.performanceFigures(); p.hasNext(); ) {
    p.next();
    const acceleration = [];
    for (const a = p.acceleration(); a.hasNext(); ) {
      a.next();
      acceleration.push({ mph: a.mph(), seconds: a.seconds() });
    }
    performanceFigures.push({ octaneRating: p.octaneRating(), acceleration });
  }
  const fields = {
    serialNumber: car.serialNumber().toString(),
    modelYear: car.modelYear(),
    available: BooleanType[car.available()],
    code: Model[car.code()],
    someNumbers: Array.from({ length: CarDecoder.someNumbersLength }, (_, i) => car.someNumbers(i)),
    vehicleCode: car.vehicleCode(),
    extras: { sunRoof: extras.sunRoof(), sportsPack: extras.sportsPack(), cruiseControl: extras.cruiseControl() },
    discountedModel: Model[car.discountedModel()],
    engine: {
      capacity: engine.capacity(),
      numCylinders: engine.numCylinders(),
      maxRpm: engine.maxRpm(),
      manufacturerCode: engine.manufacturerCode(),
      fuel: engine.fuel(),
      efficiency: engine.efficiency(),
      boosterEnabled: BooleanType[engine.boosterEnabled()],
      booster: { BoostType: BoostType[engine.booster().boostType()], horsePower: engine.booster().horsePower() },
    },
    fuelFigures,
    performanceFigures,
    manufacturer: car.manufacturer(),
    model: car.model(),
    activationCode: car.activationCode(),
  };
  const message = {
    message: CarDecoder.NAME,
    templateId: header.templateId(),
    schemaId: header.schemaId(),
    version: header.version(),
    blockLength: header.blockLength(),
    fields,
  };
  return { message, encodedLength: MessageHeaderDecoder.ENCODED_LENGTH + car.sbeEncodedLength() };
}

/** The Car example's values, written with the generated encoder in schema order. */
export function encodeWithFlyweights(): Uint8Array {
  const buffer = new Uint8Array(512);
  const view = viewOf(buffer);
  const car = new CarEncoder().wrapAndApplyHeader(view, 0, new MessageHeaderEncoder());
  car.serialNumber(1234n).modelYear(2013).available(BooleanType.T).code(Model.A).vehicleCode('abcdef');
  for (let i = 0; i < CarEncoder.someNumbersLength; i++) car.someNumbers(i, i + 1);
  car.extras().clear().cruiseControl(true).sportsPack(true).sunRoof(false);
  const engine = car.engine().capacity(2000).numCylinders(4).manufacturerCode('123').efficiency(35).boosterEnabled(BooleanType.T);
  engine.booster().boostType(BoostType.NITROUS).horsePower(200);
  const fuel = car.fuelFiguresCount(3);
  fuel.next().speed(30).mpg(35.9).usageDescription('Urban Cycle');
  fuel.next().speed(55).mpg(49).usageDescription('Combined Cycle');
  fuel.next().speed(75).mpg(40).usageDescription('Highway Cycle');
  const perf = car.performanceFiguresCount(2);
  const accel = (octane: number, seconds: number[]): void => {
    const a = perf.next().octaneRating(octane).accelerationCount(3);
    [30, 60, 100].forEach((mph, i) => a.next().mph(mph).seconds(seconds[i]!));
  };
  accel(95, [4, 7.5, 12.2]);
  accel(99, [3.8, 7.1, 11.8]);
  car.manufacturer('Honda').model('Civic VTi').activationCode('abcdef');
  return buffer.slice(0, MessageHeaderEncoder.ENCODED_LENGTH + car.sbeEncodedLength());
}
