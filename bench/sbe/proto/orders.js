// generated, do not edit: pbjs/pbts (protobufjs-cli 2.7.1, static-module, es6, --force-number) from bench/sbe/orders.proto.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const bench = $root.bench = (() => {

    /**
     * Namespace bench.
     * @exports bench
     * @namespace
     */
    const bench = {};

    /**
     * Side enum.
     * @name bench.Side
     * @enum {number}
     * @property {number} BUY=0 BUY value
     * @property {number} SELL=1 SELL value
     */
    bench.Side = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "BUY"] = 0;
        values[valuesById[1] = "SELL"] = 1;
        return values;
    })();

    /**
     * OrdType enum.
     * @name bench.OrdType
     * @enum {number}
     * @property {number} LIMIT=0 LIMIT value
     * @property {number} MARKET=1 MARKET value
     */
    bench.OrdType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "LIMIT"] = 0;
        values[valuesById[1] = "MARKET"] = 1;
        return values;
    })();

    /**
     * TimeInForce enum.
     * @name bench.TimeInForce
     * @enum {number}
     * @property {number} GTC=0 GTC value
     * @property {number} IOC=1 IOC value
     * @property {number} FOK=2 FOK value
     */
    bench.TimeInForce = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "GTC"] = 0;
        values[valuesById[1] = "IOC"] = 1;
        values[valuesById[2] = "FOK"] = 2;
        return values;
    })();

    /**
     * Stp enum.
     * @name bench.Stp
     * @enum {number}
     * @property {number} CANCEL_NEWEST=0 CANCEL_NEWEST value
     * @property {number} CANCEL_OLDEST=1 CANCEL_OLDEST value
     * @property {number} CANCEL_BOTH=2 CANCEL_BOTH value
     */
    bench.Stp = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "CANCEL_NEWEST"] = 0;
        values[valuesById[1] = "CANCEL_OLDEST"] = 1;
        values[valuesById[2] = "CANCEL_BOTH"] = 2;
        return values;
    })();

    /**
     * ExecType enum.
     * @name bench.ExecType
     * @enum {number}
     * @property {number} NEW=0 NEW value
     * @property {number} TRADE=1 TRADE value
     * @property {number} CANCELED=2 CANCELED value
     * @property {number} REPLACED=3 REPLACED value
     * @property {number} REJECTED=4 REJECTED value
     * @property {number} EXPIRED=5 EXPIRED value
     * @property {number} ORDER_STATUS=6 ORDER_STATUS value
     */
    bench.ExecType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "NEW"] = 0;
        values[valuesById[1] = "TRADE"] = 1;
        values[valuesById[2] = "CANCELED"] = 2;
        values[valuesById[3] = "REPLACED"] = 3;
        values[valuesById[4] = "REJECTED"] = 4;
        values[valuesById[5] = "EXPIRED"] = 5;
        values[valuesById[6] = "ORDER_STATUS"] = 6;
        return values;
    })();

    /**
     * OrdStatus enum.
     * @name bench.OrdStatus
     * @enum {number}
     * @property {number} S_NEW=0 S_NEW value
     * @property {number} PARTIALLY_FILLED=1 PARTIALLY_FILLED value
     * @property {number} FILLED=2 FILLED value
     * @property {number} S_CANCELED=3 S_CANCELED value
     * @property {number} S_REJECTED=4 S_REJECTED value
     * @property {number} S_EXPIRED=5 S_EXPIRED value
     */
    bench.OrdStatus = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "S_NEW"] = 0;
        values[valuesById[1] = "PARTIALLY_FILLED"] = 1;
        values[valuesById[2] = "FILLED"] = 2;
        values[valuesById[3] = "S_CANCELED"] = 3;
        values[valuesById[4] = "S_REJECTED"] = 4;
        values[valuesById[5] = "S_EXPIRED"] = 5;
        return values;
    })();

    /**
     * Liquidity enum.
     * @name bench.Liquidity
     * @enum {number}
     * @property {number} MAKER=0 MAKER value
     * @property {number} TAKER=1 TAKER value
     */
    bench.Liquidity = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "MAKER"] = 0;
        values[valuesById[1] = "TAKER"] = 1;
        return values;
    })();

    bench.NewOrderSingle = (function() {

        /**
         * Properties of a NewOrderSingle.
         * @typedef {Object} bench.NewOrderSingle.$Properties
         * @property {string|null} [clOrdId] NewOrderSingle clOrdId
         * @property {string|null} [symbol] NewOrderSingle symbol
         * @property {bench.Side|null} [side] NewOrderSingle side
         * @property {bench.OrdType|null} [ordType] NewOrderSingle ordType
         * @property {number|null} [priceMantissa] NewOrderSingle priceMantissa
         * @property {number|null} [priceExponent] NewOrderSingle priceExponent
         * @property {number|null} [orderQtyMantissa] NewOrderSingle orderQtyMantissa
         * @property {number|null} [orderQtyExponent] NewOrderSingle orderQtyExponent
         * @property {bench.TimeInForce|null} [timeInForce] NewOrderSingle timeInForce
         * @property {boolean|null} [postOnly] NewOrderSingle postOnly
         * @property {bench.Stp|null} [stp] NewOrderSingle stp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NewOrderSingle.
         * @memberof bench
         * @interface INewOrderSingle
         * @augments bench.NewOrderSingle.$Properties
         * @deprecated Use bench.NewOrderSingle.$Properties instead.
         */

        /**
         * Shape of a NewOrderSingle.
         * @typedef {bench.NewOrderSingle.$Properties} bench.NewOrderSingle.$Shape
         */

        /**
         * Constructs a new NewOrderSingle.
         * @memberof bench
         * @classdesc Represents a NewOrderSingle.
         * @constructor
         * @param {bench.NewOrderSingle.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NewOrderSingle = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NewOrderSingle clOrdId.
         * @member {string} clOrdId
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.clOrdId = "";

        /**
         * NewOrderSingle symbol.
         * @member {string} symbol
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.symbol = "";

        /**
         * NewOrderSingle side.
         * @member {bench.Side} side
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.side = 0;

        /**
         * NewOrderSingle ordType.
         * @member {bench.OrdType} ordType
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.ordType = 0;

        /**
         * NewOrderSingle priceMantissa.
         * @member {number|null|undefined} priceMantissa
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.priceMantissa = null;

        /**
         * NewOrderSingle priceExponent.
         * @member {number} priceExponent
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.priceExponent = 0;

        /**
         * NewOrderSingle orderQtyMantissa.
         * @member {number} orderQtyMantissa
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.orderQtyMantissa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * NewOrderSingle orderQtyExponent.
         * @member {number} orderQtyExponent
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.orderQtyExponent = 0;

        /**
         * NewOrderSingle timeInForce.
         * @member {bench.TimeInForce} timeInForce
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.timeInForce = 0;

        /**
         * NewOrderSingle postOnly.
         * @member {boolean} postOnly
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.postOnly = false;

        /**
         * NewOrderSingle stp.
         * @member {bench.Stp} stp
         * @memberof bench.NewOrderSingle
         * @instance
         */
        NewOrderSingle.prototype.stp = 0;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(NewOrderSingle.prototype, "_priceMantissa", {
            get: $util.oneOfGetter($oneOfFields = ["priceMantissa"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new NewOrderSingle instance using the specified properties.
         * @function create
         * @memberof bench.NewOrderSingle
         * @static
         * @param {bench.NewOrderSingle.$Properties=} [properties] Properties to set
         * @returns {bench.NewOrderSingle} NewOrderSingle instance
         * @type {{
         *   (properties: bench.NewOrderSingle.$Shape): bench.NewOrderSingle & bench.NewOrderSingle.$Shape;
         *   (properties?: bench.NewOrderSingle.$Properties): bench.NewOrderSingle;
         * }}
         */
        NewOrderSingle.create = function(properties) {
            return new NewOrderSingle(properties);
        };

        /**
         * Encodes the specified NewOrderSingle message. Does not implicitly {@link bench.NewOrderSingle.verify|verify} messages.
         * @function encode
         * @memberof bench.NewOrderSingle
         * @static
         * @param {bench.NewOrderSingle.$Properties} message NewOrderSingle message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NewOrderSingle.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clOrdId != null && $Object.hasOwnProperty.call(message, "clOrdId") && message.clOrdId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.clOrdId);
            if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol") && message.symbol !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.symbol);
            if (message.side != null && $Object.hasOwnProperty.call(message, "side") && message.side !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.side);
            if (message.ordType != null && $Object.hasOwnProperty.call(message, "ordType") && message.ordType !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.ordType);
            if (message.priceMantissa != null && $Object.hasOwnProperty.call(message, "priceMantissa"))
                writer.uint32(/* id 5, wireType 0 =*/40).sint64(message.priceMantissa);
            if (message.priceExponent != null && $Object.hasOwnProperty.call(message, "priceExponent") && message.priceExponent !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).sint32(message.priceExponent);
            if (message.orderQtyMantissa != null && $Object.hasOwnProperty.call(message, "orderQtyMantissa") && (typeof message.orderQtyMantissa === "object" ? message.orderQtyMantissa.low || message.orderQtyMantissa.high : message.orderQtyMantissa !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).sint64(message.orderQtyMantissa);
            if (message.orderQtyExponent != null && $Object.hasOwnProperty.call(message, "orderQtyExponent") && message.orderQtyExponent !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).sint32(message.orderQtyExponent);
            if (message.timeInForce != null && $Object.hasOwnProperty.call(message, "timeInForce") && message.timeInForce !== 0)
                writer.uint32(/* id 9, wireType 0 =*/72).int32(message.timeInForce);
            if (message.postOnly != null && $Object.hasOwnProperty.call(message, "postOnly") && message.postOnly !== false)
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.postOnly);
            if (message.stp != null && $Object.hasOwnProperty.call(message, "stp") && message.stp !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).int32(message.stp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NewOrderSingle message from the specified reader or buffer.
         * @function decode
         * @memberof bench.NewOrderSingle
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {bench.NewOrderSingle & bench.NewOrderSingle.$Shape} NewOrderSingle
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NewOrderSingle.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.bench.NewOrderSingle();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.clOrdId = value;
                        else
                            delete message.clOrdId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.symbol = value;
                        else
                            delete message.symbol;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.side = value;
                        else
                            delete message.side;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.ordType = value;
                        else
                            delete message.ordType;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.priceMantissa = reader.sint64();
                        message._priceMantissa = "priceMantissa";
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.priceExponent = value;
                        else
                            delete message.priceExponent;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                            message.orderQtyMantissa = value;
                        else
                            delete message.orderQtyMantissa;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.orderQtyExponent = value;
                        else
                            delete message.orderQtyExponent;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.timeInForce = value;
                        else
                            delete message.timeInForce;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.postOnly = value;
                        else
                            delete message.postOnly;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.stp = value;
                        else
                            delete message.stp;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for NewOrderSingle
         * @function getTypeUrl
         * @memberof bench.NewOrderSingle
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NewOrderSingle.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/bench.NewOrderSingle";
        };

        return NewOrderSingle;
    })();

    bench.ExecutionReport = (function() {

        /**
         * Properties of an ExecutionReport.
         * @typedef {Object} bench.ExecutionReport.$Properties
         * @property {bench.ExecType|null} [execType] ExecutionReport execType
         * @property {bench.OrdStatus|null} [ordStatus] ExecutionReport ordStatus
         * @property {number|null} [orderId] ExecutionReport orderId
         * @property {string|null} [clOrdId] ExecutionReport clOrdId
         * @property {string|null} [symbol] ExecutionReport symbol
         * @property {bench.Side|null} [side] ExecutionReport side
         * @property {bench.OrdType|null} [ordType] ExecutionReport ordType
         * @property {number|null} [priceMantissa] ExecutionReport priceMantissa
         * @property {number|null} [priceExponent] ExecutionReport priceExponent
         * @property {number|null} [orderQtyMantissa] ExecutionReport orderQtyMantissa
         * @property {number|null} [orderQtyExponent] ExecutionReport orderQtyExponent
         * @property {number|null} [cumQtyMantissa] ExecutionReport cumQtyMantissa
         * @property {number|null} [cumQtyExponent] ExecutionReport cumQtyExponent
         * @property {number|null} [leavesQtyMantissa] ExecutionReport leavesQtyMantissa
         * @property {number|null} [leavesQtyExponent] ExecutionReport leavesQtyExponent
         * @property {number|null} [avgPxMantissa] ExecutionReport avgPxMantissa
         * @property {number|null} [avgPxExponent] ExecutionReport avgPxExponent
         * @property {number|null} [transactTime] ExecutionReport transactTime
         * @property {number|null} [seq] ExecutionReport seq
         * @property {number|null} [lastPxMantissa] ExecutionReport lastPxMantissa
         * @property {number|null} [lastPxExponent] ExecutionReport lastPxExponent
         * @property {number|null} [lastQtyMantissa] ExecutionReport lastQtyMantissa
         * @property {number|null} [lastQtyExponent] ExecutionReport lastQtyExponent
         * @property {number|null} [tradeId] ExecutionReport tradeId
         * @property {bench.Liquidity|null} [liquidity] ExecutionReport liquidity
         * @property {number|null} [feeMantissa] ExecutionReport feeMantissa
         * @property {number|null} [feeExponent] ExecutionReport feeExponent
         * @property {string|null} [feeAsset] ExecutionReport feeAsset
         * @property {number|null} [rejectReason] ExecutionReport rejectReason
         * @property {string|null} [text] ExecutionReport text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ExecutionReport.
         * @memberof bench
         * @interface IExecutionReport
         * @augments bench.ExecutionReport.$Properties
         * @deprecated Use bench.ExecutionReport.$Properties instead.
         */

        /**
         * Shape of an ExecutionReport.
         * @typedef {bench.ExecutionReport.$Properties} bench.ExecutionReport.$Shape
         */

        /**
         * Constructs a new ExecutionReport.
         * @memberof bench
         * @classdesc Represents an ExecutionReport.
         * @constructor
         * @param {bench.ExecutionReport.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ExecutionReport = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ExecutionReport execType.
         * @member {bench.ExecType} execType
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.execType = 0;

        /**
         * ExecutionReport ordStatus.
         * @member {bench.OrdStatus} ordStatus
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.ordStatus = 0;

        /**
         * ExecutionReport orderId.
         * @member {number|null|undefined} orderId
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.orderId = null;

        /**
         * ExecutionReport clOrdId.
         * @member {string} clOrdId
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.clOrdId = "";

        /**
         * ExecutionReport symbol.
         * @member {string} symbol
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.symbol = "";

        /**
         * ExecutionReport side.
         * @member {bench.Side} side
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.side = 0;

        /**
         * ExecutionReport ordType.
         * @member {bench.OrdType} ordType
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.ordType = 0;

        /**
         * ExecutionReport priceMantissa.
         * @member {number|null|undefined} priceMantissa
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.priceMantissa = null;

        /**
         * ExecutionReport priceExponent.
         * @member {number} priceExponent
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.priceExponent = 0;

        /**
         * ExecutionReport orderQtyMantissa.
         * @member {number} orderQtyMantissa
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.orderQtyMantissa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ExecutionReport orderQtyExponent.
         * @member {number} orderQtyExponent
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.orderQtyExponent = 0;

        /**
         * ExecutionReport cumQtyMantissa.
         * @member {number} cumQtyMantissa
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.cumQtyMantissa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ExecutionReport cumQtyExponent.
         * @member {number} cumQtyExponent
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.cumQtyExponent = 0;

        /**
         * ExecutionReport leavesQtyMantissa.
         * @member {number} leavesQtyMantissa
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.leavesQtyMantissa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ExecutionReport leavesQtyExponent.
         * @member {number} leavesQtyExponent
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.leavesQtyExponent = 0;

        /**
         * ExecutionReport avgPxMantissa.
         * @member {number} avgPxMantissa
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.avgPxMantissa = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ExecutionReport avgPxExponent.
         * @member {number} avgPxExponent
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.avgPxExponent = 0;

        /**
         * ExecutionReport transactTime.
         * @member {number} transactTime
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.transactTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ExecutionReport seq.
         * @member {number|null|undefined} seq
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.seq = null;

        /**
         * ExecutionReport lastPxMantissa.
         * @member {number|null|undefined} lastPxMantissa
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.lastPxMantissa = null;

        /**
         * ExecutionReport lastPxExponent.
         * @member {number} lastPxExponent
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.lastPxExponent = 0;

        /**
         * ExecutionReport lastQtyMantissa.
         * @member {number|null|undefined} lastQtyMantissa
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.lastQtyMantissa = null;

        /**
         * ExecutionReport lastQtyExponent.
         * @member {number} lastQtyExponent
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.lastQtyExponent = 0;

        /**
         * ExecutionReport tradeId.
         * @member {number|null|undefined} tradeId
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.tradeId = null;

        /**
         * ExecutionReport liquidity.
         * @member {bench.Liquidity|null|undefined} liquidity
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.liquidity = null;

        /**
         * ExecutionReport feeMantissa.
         * @member {number|null|undefined} feeMantissa
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.feeMantissa = null;

        /**
         * ExecutionReport feeExponent.
         * @member {number} feeExponent
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.feeExponent = 0;

        /**
         * ExecutionReport feeAsset.
         * @member {string} feeAsset
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.feeAsset = "";

        /**
         * ExecutionReport rejectReason.
         * @member {number|null|undefined} rejectReason
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.rejectReason = null;

        /**
         * ExecutionReport text.
         * @member {string} text
         * @memberof bench.ExecutionReport
         * @instance
         */
        ExecutionReport.prototype.text = "";

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ExecutionReport.prototype, "_orderId", {
            get: $util.oneOfGetter($oneOfFields = ["orderId"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ExecutionReport.prototype, "_priceMantissa", {
            get: $util.oneOfGetter($oneOfFields = ["priceMantissa"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ExecutionReport.prototype, "_seq", {
            get: $util.oneOfGetter($oneOfFields = ["seq"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ExecutionReport.prototype, "_lastPxMantissa", {
            get: $util.oneOfGetter($oneOfFields = ["lastPxMantissa"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ExecutionReport.prototype, "_lastQtyMantissa", {
            get: $util.oneOfGetter($oneOfFields = ["lastQtyMantissa"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ExecutionReport.prototype, "_tradeId", {
            get: $util.oneOfGetter($oneOfFields = ["tradeId"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ExecutionReport.prototype, "_liquidity", {
            get: $util.oneOfGetter($oneOfFields = ["liquidity"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ExecutionReport.prototype, "_feeMantissa", {
            get: $util.oneOfGetter($oneOfFields = ["feeMantissa"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ExecutionReport.prototype, "_rejectReason", {
            get: $util.oneOfGetter($oneOfFields = ["rejectReason"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ExecutionReport instance using the specified properties.
         * @function create
         * @memberof bench.ExecutionReport
         * @static
         * @param {bench.ExecutionReport.$Properties=} [properties] Properties to set
         * @returns {bench.ExecutionReport} ExecutionReport instance
         * @type {{
         *   (properties: bench.ExecutionReport.$Shape): bench.ExecutionReport & bench.ExecutionReport.$Shape;
         *   (properties?: bench.ExecutionReport.$Properties): bench.ExecutionReport;
         * }}
         */
        ExecutionReport.create = function(properties) {
            return new ExecutionReport(properties);
        };

        /**
         * Encodes the specified ExecutionReport message. Does not implicitly {@link bench.ExecutionReport.verify|verify} messages.
         * @function encode
         * @memberof bench.ExecutionReport
         * @static
         * @param {bench.ExecutionReport.$Properties} message ExecutionReport message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ExecutionReport.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.execType != null && $Object.hasOwnProperty.call(message, "execType") && message.execType !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.execType);
            if (message.ordStatus != null && $Object.hasOwnProperty.call(message, "ordStatus") && message.ordStatus !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.ordStatus);
            if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.orderId);
            if (message.clOrdId != null && $Object.hasOwnProperty.call(message, "clOrdId") && message.clOrdId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.clOrdId);
            if (message.symbol != null && $Object.hasOwnProperty.call(message, "symbol") && message.symbol !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.symbol);
            if (message.side != null && $Object.hasOwnProperty.call(message, "side") && message.side !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.side);
            if (message.ordType != null && $Object.hasOwnProperty.call(message, "ordType") && message.ordType !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).int32(message.ordType);
            if (message.priceMantissa != null && $Object.hasOwnProperty.call(message, "priceMantissa"))
                writer.uint32(/* id 8, wireType 0 =*/64).sint64(message.priceMantissa);
            if (message.priceExponent != null && $Object.hasOwnProperty.call(message, "priceExponent") && message.priceExponent !== 0)
                writer.uint32(/* id 9, wireType 0 =*/72).sint32(message.priceExponent);
            if (message.orderQtyMantissa != null && $Object.hasOwnProperty.call(message, "orderQtyMantissa") && (typeof message.orderQtyMantissa === "object" ? message.orderQtyMantissa.low || message.orderQtyMantissa.high : message.orderQtyMantissa !== 0))
                writer.uint32(/* id 10, wireType 0 =*/80).sint64(message.orderQtyMantissa);
            if (message.orderQtyExponent != null && $Object.hasOwnProperty.call(message, "orderQtyExponent") && message.orderQtyExponent !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).sint32(message.orderQtyExponent);
            if (message.cumQtyMantissa != null && $Object.hasOwnProperty.call(message, "cumQtyMantissa") && (typeof message.cumQtyMantissa === "object" ? message.cumQtyMantissa.low || message.cumQtyMantissa.high : message.cumQtyMantissa !== 0))
                writer.uint32(/* id 12, wireType 0 =*/96).sint64(message.cumQtyMantissa);
            if (message.cumQtyExponent != null && $Object.hasOwnProperty.call(message, "cumQtyExponent") && message.cumQtyExponent !== 0)
                writer.uint32(/* id 13, wireType 0 =*/104).sint32(message.cumQtyExponent);
            if (message.leavesQtyMantissa != null && $Object.hasOwnProperty.call(message, "leavesQtyMantissa") && (typeof message.leavesQtyMantissa === "object" ? message.leavesQtyMantissa.low || message.leavesQtyMantissa.high : message.leavesQtyMantissa !== 0))
                writer.uint32(/* id 14, wireType 0 =*/112).sint64(message.leavesQtyMantissa);
            if (message.leavesQtyExponent != null && $Object.hasOwnProperty.call(message, "leavesQtyExponent") && message.leavesQtyExponent !== 0)
                writer.uint32(/* id 15, wireType 0 =*/120).sint32(message.leavesQtyExponent);
            if (message.avgPxMantissa != null && $Object.hasOwnProperty.call(message, "avgPxMantissa") && (typeof message.avgPxMantissa === "object" ? message.avgPxMantissa.low || message.avgPxMantissa.high : message.avgPxMantissa !== 0))
                writer.uint32(/* id 16, wireType 0 =*/128).sint64(message.avgPxMantissa);
            if (message.avgPxExponent != null && $Object.hasOwnProperty.call(message, "avgPxExponent") && message.avgPxExponent !== 0)
                writer.uint32(/* id 17, wireType 0 =*/136).sint32(message.avgPxExponent);
            if (message.transactTime != null && $Object.hasOwnProperty.call(message, "transactTime") && (typeof message.transactTime === "object" ? message.transactTime.low || message.transactTime.high : message.transactTime !== 0))
                writer.uint32(/* id 18, wireType 0 =*/144).int64(message.transactTime);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                writer.uint32(/* id 19, wireType 0 =*/152).int64(message.seq);
            if (message.lastPxMantissa != null && $Object.hasOwnProperty.call(message, "lastPxMantissa"))
                writer.uint32(/* id 20, wireType 0 =*/160).sint64(message.lastPxMantissa);
            if (message.lastPxExponent != null && $Object.hasOwnProperty.call(message, "lastPxExponent") && message.lastPxExponent !== 0)
                writer.uint32(/* id 21, wireType 0 =*/168).sint32(message.lastPxExponent);
            if (message.lastQtyMantissa != null && $Object.hasOwnProperty.call(message, "lastQtyMantissa"))
                writer.uint32(/* id 22, wireType 0 =*/176).sint64(message.lastQtyMantissa);
            if (message.lastQtyExponent != null && $Object.hasOwnProperty.call(message, "lastQtyExponent") && message.lastQtyExponent !== 0)
                writer.uint32(/* id 23, wireType 0 =*/184).sint32(message.lastQtyExponent);
            if (message.tradeId != null && $Object.hasOwnProperty.call(message, "tradeId"))
                writer.uint32(/* id 24, wireType 0 =*/192).int64(message.tradeId);
            if (message.liquidity != null && $Object.hasOwnProperty.call(message, "liquidity"))
                writer.uint32(/* id 25, wireType 0 =*/200).int32(message.liquidity);
            if (message.feeMantissa != null && $Object.hasOwnProperty.call(message, "feeMantissa"))
                writer.uint32(/* id 26, wireType 0 =*/208).sint64(message.feeMantissa);
            if (message.feeExponent != null && $Object.hasOwnProperty.call(message, "feeExponent") && message.feeExponent !== 0)
                writer.uint32(/* id 27, wireType 0 =*/216).sint32(message.feeExponent);
            if (message.feeAsset != null && $Object.hasOwnProperty.call(message, "feeAsset") && message.feeAsset !== "")
                writer.uint32(/* id 28, wireType 2 =*/226).string(message.feeAsset);
            if (message.rejectReason != null && $Object.hasOwnProperty.call(message, "rejectReason"))
                writer.uint32(/* id 29, wireType 0 =*/232).uint32(message.rejectReason);
            if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                writer.uint32(/* id 30, wireType 2 =*/242).string(message.text);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ExecutionReport message from the specified reader or buffer.
         * @function decode
         * @memberof bench.ExecutionReport
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {bench.ExecutionReport & bench.ExecutionReport.$Shape} ExecutionReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ExecutionReport.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.bench.ExecutionReport();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.execType = value;
                        else
                            delete message.execType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.ordStatus = value;
                        else
                            delete message.ordStatus;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.orderId = reader.int64();
                        message._orderId = "orderId";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.clOrdId = value;
                        else
                            delete message.clOrdId;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.symbol = value;
                        else
                            delete message.symbol;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.side = value;
                        else
                            delete message.side;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.ordType = value;
                        else
                            delete message.ordType;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        message.priceMantissa = reader.sint64();
                        message._priceMantissa = "priceMantissa";
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.priceExponent = value;
                        else
                            delete message.priceExponent;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                            message.orderQtyMantissa = value;
                        else
                            delete message.orderQtyMantissa;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.orderQtyExponent = value;
                        else
                            delete message.orderQtyExponent;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                            message.cumQtyMantissa = value;
                        else
                            delete message.cumQtyMantissa;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.cumQtyExponent = value;
                        else
                            delete message.cumQtyExponent;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                            message.leavesQtyMantissa = value;
                        else
                            delete message.leavesQtyMantissa;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.leavesQtyExponent = value;
                        else
                            delete message.leavesQtyExponent;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                            message.avgPxMantissa = value;
                        else
                            delete message.avgPxMantissa;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.avgPxExponent = value;
                        else
                            delete message.avgPxExponent;
                        continue;
                    }
                case 18: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.transactTime = value;
                        else
                            delete message.transactTime;
                        continue;
                    }
                case 19: {
                        if (wireType !== 0)
                            break;
                        message.seq = reader.int64();
                        message._seq = "seq";
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        message.lastPxMantissa = reader.sint64();
                        message._lastPxMantissa = "lastPxMantissa";
                        continue;
                    }
                case 21: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.lastPxExponent = value;
                        else
                            delete message.lastPxExponent;
                        continue;
                    }
                case 22: {
                        if (wireType !== 0)
                            break;
                        message.lastQtyMantissa = reader.sint64();
                        message._lastQtyMantissa = "lastQtyMantissa";
                        continue;
                    }
                case 23: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.lastQtyExponent = value;
                        else
                            delete message.lastQtyExponent;
                        continue;
                    }
                case 24: {
                        if (wireType !== 0)
                            break;
                        message.tradeId = reader.int64();
                        message._tradeId = "tradeId";
                        continue;
                    }
                case 25: {
                        if (wireType !== 0)
                            break;
                        message.liquidity = reader.int32();
                        message._liquidity = "liquidity";
                        continue;
                    }
                case 26: {
                        if (wireType !== 0)
                            break;
                        message.feeMantissa = reader.sint64();
                        message._feeMantissa = "feeMantissa";
                        continue;
                    }
                case 27: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.feeExponent = value;
                        else
                            delete message.feeExponent;
                        continue;
                    }
                case 28: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.feeAsset = value;
                        else
                            delete message.feeAsset;
                        continue;
                    }
                case 29: {
                        if (wireType !== 0)
                            break;
                        message.rejectReason = reader.uint32();
                        message._rejectReason = "rejectReason";
                        continue;
                    }
                case 30: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.text = value;
                        else
                            delete message.text;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ExecutionReport
         * @function getTypeUrl
         * @memberof bench.ExecutionReport
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ExecutionReport.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/bench.ExecutionReport";
        };

        return ExecutionReport;
    })();

    return bench;
})();

export {
  $root as default
};
