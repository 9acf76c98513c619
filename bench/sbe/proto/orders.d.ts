// generated, do not edit: pbjs/pbts (protobufjs-cli 2.7.1, static-module, es6, --force-number) from bench/sbe/orders.proto.
import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace bench. */
export namespace bench {

    /** Side enum. */
    enum Side {

        /** BUY value */
        BUY = 0,

        /** SELL value */
        SELL = 1
    }

    /** OrdType enum. */
    enum OrdType {

        /** LIMIT value */
        LIMIT = 0,

        /** MARKET value */
        MARKET = 1
    }

    /** TimeInForce enum. */
    enum TimeInForce {

        /** GTC value */
        GTC = 0,

        /** IOC value */
        IOC = 1,

        /** FOK value */
        FOK = 2
    }

    /** Stp enum. */
    enum Stp {

        /** CANCEL_NEWEST value */
        CANCEL_NEWEST = 0,

        /** CANCEL_OLDEST value */
        CANCEL_OLDEST = 1,

        /** CANCEL_BOTH value */
        CANCEL_BOTH = 2
    }

    /** ExecType enum. */
    enum ExecType {

        /** NEW value */
        NEW = 0,

        /** TRADE value */
        TRADE = 1,

        /** CANCELED value */
        CANCELED = 2,

        /** REPLACED value */
        REPLACED = 3,

        /** REJECTED value */
        REJECTED = 4,

        /** EXPIRED value */
        EXPIRED = 5,

        /** ORDER_STATUS value */
        ORDER_STATUS = 6
    }

    /** OrdStatus enum. */
    enum OrdStatus {

        /** S_NEW value */
        S_NEW = 0,

        /** PARTIALLY_FILLED value */
        PARTIALLY_FILLED = 1,

        /** FILLED value */
        FILLED = 2,

        /** S_CANCELED value */
        S_CANCELED = 3,

        /** S_REJECTED value */
        S_REJECTED = 4,

        /** S_EXPIRED value */
        S_EXPIRED = 5
    }

    /** Liquidity enum. */
    enum Liquidity {

        /** MAKER value */
        MAKER = 0,

        /** TAKER value */
        TAKER = 1
    }

    /**
     * Properties of a NewOrderSingle.
     * @deprecated Use bench.NewOrderSingle.$Properties instead.
     */
    interface INewOrderSingle extends bench.NewOrderSingle.$Properties {
    }

    /** Represents a NewOrderSingle. */
    class NewOrderSingle {

        /**
         * Constructs a new NewOrderSingle.
         * @param [properties] Properties to set
         */
        constructor(properties?: bench.NewOrderSingle.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NewOrderSingle clOrdId. */
        clOrdId: string;

        /** NewOrderSingle symbol. */
        symbol: string;

        /** NewOrderSingle side. */
        side: bench.Side;

        /** NewOrderSingle ordType. */
        ordType: bench.OrdType;

        /** NewOrderSingle priceMantissa. */
        priceMantissa?: (number|null);

        /** NewOrderSingle priceExponent. */
        priceExponent: number;

        /** NewOrderSingle orderQtyMantissa. */
        orderQtyMantissa: number;

        /** NewOrderSingle orderQtyExponent. */
        orderQtyExponent: number;

        /** NewOrderSingle timeInForce. */
        timeInForce: bench.TimeInForce;

        /** NewOrderSingle postOnly. */
        postOnly: boolean;

        /** NewOrderSingle stp. */
        stp: bench.Stp;

        /**
         * Creates a new NewOrderSingle instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NewOrderSingle instance
         */
        static create(properties: bench.NewOrderSingle.$Shape): bench.NewOrderSingle & bench.NewOrderSingle.$Shape;
        static create(properties?: bench.NewOrderSingle.$Properties): bench.NewOrderSingle;

        /**
         * Encodes the specified NewOrderSingle message. Does not implicitly {@link bench.NewOrderSingle.verify|verify} messages.
         * @param message NewOrderSingle message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: bench.NewOrderSingle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NewOrderSingle message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {bench.NewOrderSingle & bench.NewOrderSingle.$Shape} NewOrderSingle
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bench.NewOrderSingle & bench.NewOrderSingle.$Shape;

        /**
         * Gets the type url for NewOrderSingle
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace NewOrderSingle {

        /** Properties of a NewOrderSingle. */
        interface $Properties {

            /** NewOrderSingle clOrdId */
            clOrdId?: (string|null);

            /** NewOrderSingle symbol */
            symbol?: (string|null);

            /** NewOrderSingle side */
            side?: (bench.Side|null);

            /** NewOrderSingle ordType */
            ordType?: (bench.OrdType|null);

            /** NewOrderSingle priceMantissa */
            priceMantissa?: (number|null);

            /** NewOrderSingle priceExponent */
            priceExponent?: (number|null);

            /** NewOrderSingle orderQtyMantissa */
            orderQtyMantissa?: (number|null);

            /** NewOrderSingle orderQtyExponent */
            orderQtyExponent?: (number|null);

            /** NewOrderSingle timeInForce */
            timeInForce?: (bench.TimeInForce|null);

            /** NewOrderSingle postOnly */
            postOnly?: (boolean|null);

            /** NewOrderSingle stp */
            stp?: (bench.Stp|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NewOrderSingle. */
        type $Shape = bench.NewOrderSingle.$Properties;
    }

    /**
     * Properties of an ExecutionReport.
     * @deprecated Use bench.ExecutionReport.$Properties instead.
     */
    interface IExecutionReport extends bench.ExecutionReport.$Properties {
    }

    /** Represents an ExecutionReport. */
    class ExecutionReport {

        /**
         * Constructs a new ExecutionReport.
         * @param [properties] Properties to set
         */
        constructor(properties?: bench.ExecutionReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ExecutionReport execType. */
        execType: bench.ExecType;

        /** ExecutionReport ordStatus. */
        ordStatus: bench.OrdStatus;

        /** ExecutionReport orderId. */
        orderId?: (number|null);

        /** ExecutionReport clOrdId. */
        clOrdId: string;

        /** ExecutionReport symbol. */
        symbol: string;

        /** ExecutionReport side. */
        side: bench.Side;

        /** ExecutionReport ordType. */
        ordType: bench.OrdType;

        /** ExecutionReport priceMantissa. */
        priceMantissa?: (number|null);

        /** ExecutionReport priceExponent. */
        priceExponent: number;

        /** ExecutionReport orderQtyMantissa. */
        orderQtyMantissa: number;

        /** ExecutionReport orderQtyExponent. */
        orderQtyExponent: number;

        /** ExecutionReport cumQtyMantissa. */
        cumQtyMantissa: number;

        /** ExecutionReport cumQtyExponent. */
        cumQtyExponent: number;

        /** ExecutionReport leavesQtyMantissa. */
        leavesQtyMantissa: number;

        /** ExecutionReport leavesQtyExponent. */
        leavesQtyExponent: number;

        /** ExecutionReport avgPxMantissa. */
        avgPxMantissa: number;

        /** ExecutionReport avgPxExponent. */
        avgPxExponent: number;

        /** ExecutionReport transactTime. */
        transactTime: number;

        /** ExecutionReport seq. */
        seq?: (number|null);

        /** ExecutionReport lastPxMantissa. */
        lastPxMantissa?: (number|null);

        /** ExecutionReport lastPxExponent. */
        lastPxExponent: number;

        /** ExecutionReport lastQtyMantissa. */
        lastQtyMantissa?: (number|null);

        /** ExecutionReport lastQtyExponent. */
        lastQtyExponent: number;

        /** ExecutionReport tradeId. */
        tradeId?: (number|null);

        /** ExecutionReport liquidity. */
        liquidity?: (bench.Liquidity|null);

        /** ExecutionReport feeMantissa. */
        feeMantissa?: (number|null);

        /** ExecutionReport feeExponent. */
        feeExponent: number;

        /** ExecutionReport feeAsset. */
        feeAsset: string;

        /** ExecutionReport rejectReason. */
        rejectReason?: (number|null);

        /** ExecutionReport text. */
        text: string;

        /**
         * Creates a new ExecutionReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ExecutionReport instance
         */
        static create(properties: bench.ExecutionReport.$Shape): bench.ExecutionReport & bench.ExecutionReport.$Shape;
        static create(properties?: bench.ExecutionReport.$Properties): bench.ExecutionReport;

        /**
         * Encodes the specified ExecutionReport message. Does not implicitly {@link bench.ExecutionReport.verify|verify} messages.
         * @param message ExecutionReport message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: bench.ExecutionReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ExecutionReport message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {bench.ExecutionReport & bench.ExecutionReport.$Shape} ExecutionReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bench.ExecutionReport & bench.ExecutionReport.$Shape;

        /**
         * Gets the type url for ExecutionReport
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExecutionReport {

        /** Properties of an ExecutionReport. */
        interface $Properties {

            /** ExecutionReport execType */
            execType?: (bench.ExecType|null);

            /** ExecutionReport ordStatus */
            ordStatus?: (bench.OrdStatus|null);

            /** ExecutionReport orderId */
            orderId?: (number|null);

            /** ExecutionReport clOrdId */
            clOrdId?: (string|null);

            /** ExecutionReport symbol */
            symbol?: (string|null);

            /** ExecutionReport side */
            side?: (bench.Side|null);

            /** ExecutionReport ordType */
            ordType?: (bench.OrdType|null);

            /** ExecutionReport priceMantissa */
            priceMantissa?: (number|null);

            /** ExecutionReport priceExponent */
            priceExponent?: (number|null);

            /** ExecutionReport orderQtyMantissa */
            orderQtyMantissa?: (number|null);

            /** ExecutionReport orderQtyExponent */
            orderQtyExponent?: (number|null);

            /** ExecutionReport cumQtyMantissa */
            cumQtyMantissa?: (number|null);

            /** ExecutionReport cumQtyExponent */
            cumQtyExponent?: (number|null);

            /** ExecutionReport leavesQtyMantissa */
            leavesQtyMantissa?: (number|null);

            /** ExecutionReport leavesQtyExponent */
            leavesQtyExponent?: (number|null);

            /** ExecutionReport avgPxMantissa */
            avgPxMantissa?: (number|null);

            /** ExecutionReport avgPxExponent */
            avgPxExponent?: (number|null);

            /** ExecutionReport transactTime */
            transactTime?: (number|null);

            /** ExecutionReport seq */
            seq?: (number|null);

            /** ExecutionReport lastPxMantissa */
            lastPxMantissa?: (number|null);

            /** ExecutionReport lastPxExponent */
            lastPxExponent?: (number|null);

            /** ExecutionReport lastQtyMantissa */
            lastQtyMantissa?: (number|null);

            /** ExecutionReport lastQtyExponent */
            lastQtyExponent?: (number|null);

            /** ExecutionReport tradeId */
            tradeId?: (number|null);

            /** ExecutionReport liquidity */
            liquidity?: (bench.Liquidity|null);

            /** ExecutionReport feeMantissa */
            feeMantissa?: (number|null);

            /** ExecutionReport feeExponent */
            feeExponent?: (number|null);

            /** ExecutionReport feeAsset */
            feeAsset?: (string|null);

            /** ExecutionReport rejectReason */
            rejectReason?: (number|null);

            /** ExecutionReport text */
            text?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ExecutionReport. */
        type $Shape = bench.ExecutionReport.$Properties;
    }
}
