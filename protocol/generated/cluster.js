/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Added by scripts/gen-proto.js: 64-bit fields are plain JS numbers (see --force-number).
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.warden = (function() {

    /**
     * Namespace warden.
     * @exports warden
     * @namespace
     */
    var warden = {};

    warden.cluster = (function() {

        /**
         * Namespace cluster.
         * @memberof warden
         * @namespace
         */
        var cluster = {};

        cluster.SessionInit = (function() {

            /**
             * Properties of a SessionInit.
             * @typedef {Object} warden.cluster.SessionInit.$Properties
             * @property {number|null} [protocolVersion] SessionInit protocolVersion
             * @property {Uint8Array|null} [random] SessionInit random
             * @property {Array.<Uint8Array>|null} [keyIds] SessionInit keyIds
             * @property {Uint8Array|null} [ephemeral] SessionInit ephemeral
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionInit.
             * @memberof warden.cluster
             * @interface ISessionInit
             * @augments warden.cluster.SessionInit.$Properties
             * @deprecated Use warden.cluster.SessionInit.$Properties instead.
             */

            /**
             * Shape of a SessionInit.
             * @typedef {warden.cluster.SessionInit.$Properties} warden.cluster.SessionInit.$Shape
             */

            /**
             * Constructs a new SessionInit.
             * @memberof warden.cluster
             * @classdesc Represents a SessionInit.
             * @constructor
             * @param {warden.cluster.SessionInit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SessionInit = function (properties) {
                this.keyIds = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionInit protocolVersion.
             * @member {number} protocolVersion
             * @memberof warden.cluster.SessionInit
             * @instance
             */
            SessionInit.prototype.protocolVersion = 0;

            /**
             * SessionInit random.
             * @member {Uint8Array} random
             * @memberof warden.cluster.SessionInit
             * @instance
             */
            SessionInit.prototype.random = $util.newBuffer([]);

            /**
             * SessionInit keyIds.
             * @member {Array.<Uint8Array>} keyIds
             * @memberof warden.cluster.SessionInit
             * @instance
             */
            SessionInit.prototype.keyIds = $util.emptyArray;

            /**
             * SessionInit ephemeral.
             * @member {Uint8Array} ephemeral
             * @memberof warden.cluster.SessionInit
             * @instance
             */
            SessionInit.prototype.ephemeral = $util.newBuffer([]);

            /**
             * Creates a new SessionInit instance using the specified properties.
             * @function create
             * @memberof warden.cluster.SessionInit
             * @static
             * @param {warden.cluster.SessionInit.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.SessionInit} SessionInit instance
             * @type {{
             *   (properties: warden.cluster.SessionInit.$Shape): warden.cluster.SessionInit & warden.cluster.SessionInit.$Shape;
             *   (properties?: warden.cluster.SessionInit.$Properties): warden.cluster.SessionInit;
             * }}
             */
            SessionInit.create = function(properties) {
                return new SessionInit(properties);
            };

            /**
             * Encodes the specified SessionInit message. Does not implicitly {@link warden.cluster.SessionInit.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.SessionInit
             * @static
             * @param {warden.cluster.SessionInit.$Properties} message SessionInit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionInit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.random != null && $Object.hasOwnProperty.call(message, "random") && message.random.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.random);
                if (message.keyIds != null && message.keyIds.length)
                    for (var i = 0; i < message.keyIds.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.keyIds[i]);
                if (message.ephemeral != null && $Object.hasOwnProperty.call(message, "ephemeral") && message.ephemeral.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ephemeral);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SessionInit message, length delimited. Does not implicitly {@link warden.cluster.SessionInit.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.SessionInit
             * @static
             * @param {warden.cluster.SessionInit.$Properties} message SessionInit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionInit.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SessionInit message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.SessionInit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.SessionInit & warden.cluster.SessionInit.$Shape} SessionInit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionInit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.SessionInit();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.random = value;
                            else
                                delete message.random;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keyIds && message.keyIds.length))
                                message.keyIds = [];
                            message.keyIds.push(reader.bytes());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ephemeral = value;
                            else
                                delete message.ephemeral;
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
             * Decodes a SessionInit message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.SessionInit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionInit & warden.cluster.SessionInit.$Shape} SessionInit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionInit.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SessionInit message.
             * @function verify
             * @memberof warden.cluster.SessionInit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionInit.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.random != null && $Object.hasOwnProperty.call(message, "random"))
                    if (!(message.random && typeof message.random.length === "number" || $util.isString(message.random)))
                        return "random: buffer expected";
                if (message.keyIds != null && $Object.hasOwnProperty.call(message, "keyIds")) {
                    if (!$Array.isArray(message.keyIds))
                        return "keyIds: array expected";
                    for (var i = 0; i < message.keyIds.length; ++i)
                        if (!(message.keyIds[i] && typeof message.keyIds[i].length === "number" || $util.isString(message.keyIds[i])))
                            return "keyIds: buffer[] expected";
                }
                if (message.ephemeral != null && $Object.hasOwnProperty.call(message, "ephemeral"))
                    if (!(message.ephemeral && typeof message.ephemeral.length === "number" || $util.isString(message.ephemeral)))
                        return "ephemeral: buffer expected";
                return null;
            };

            /**
             * Creates a SessionInit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.SessionInit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.SessionInit} SessionInit
             */
            SessionInit.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.SessionInit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.SessionInit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.SessionInit();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.random != null)
                    if (object.random.length)
                        if (typeof object.random === "string")
                            $util.base64.decode(object.random, message.random = $util.newBuffer($util.base64.length(object.random)), 0);
                        else if (object.random.length >= 0)
                            message.random = object.random;
                if (object.keyIds) {
                    if (!$Array.isArray(object.keyIds))
                        throw $TypeError(".warden.cluster.SessionInit.keyIds: array expected");
                    message.keyIds = $Array(object.keyIds.length);
                    for (var i = 0; i < object.keyIds.length; ++i)
                        if (typeof object.keyIds[i] === "string")
                            $util.base64.decode(object.keyIds[i], message.keyIds[i] = $util.newBuffer($util.base64.length(object.keyIds[i])), 0);
                        else if (object.keyIds[i].length >= 0)
                            message.keyIds[i] = object.keyIds[i];
                }
                if (object.ephemeral != null)
                    if (object.ephemeral.length)
                        if (typeof object.ephemeral === "string")
                            $util.base64.decode(object.ephemeral, message.ephemeral = $util.newBuffer($util.base64.length(object.ephemeral)), 0);
                        else if (object.ephemeral.length >= 0)
                            message.ephemeral = object.ephemeral;
                return message;
            };

            /**
             * Creates a plain object from a SessionInit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.SessionInit
             * @static
             * @param {warden.cluster.SessionInit} message SessionInit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionInit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.keyIds = [];
                if (options.defaults) {
                    object.protocolVersion = 0;
                    if (options.bytes === $String)
                        object.random = "";
                    else {
                        object.random = [];
                        if (options.bytes !== $Array)
                            object.random = $util.newBuffer(object.random);
                    }
                    if (options.bytes === $String)
                        object.ephemeral = "";
                    else {
                        object.ephemeral = [];
                        if (options.bytes !== $Array)
                            object.ephemeral = $util.newBuffer(object.ephemeral);
                    }
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.random != null && $Object.hasOwnProperty.call(message, "random"))
                    object.random = options.bytes === $String ? $util.base64.encode(message.random, 0, message.random.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.random) : message.random;
                if (message.keyIds && message.keyIds.length) {
                    object.keyIds = $Array(message.keyIds.length);
                    for (var j = 0; j < message.keyIds.length; ++j)
                        object.keyIds[j] = options.bytes === $String ? $util.base64.encode(message.keyIds[j], 0, message.keyIds[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyIds[j]) : message.keyIds[j];
                }
                if (message.ephemeral != null && $Object.hasOwnProperty.call(message, "ephemeral"))
                    object.ephemeral = options.bytes === $String ? $util.base64.encode(message.ephemeral, 0, message.ephemeral.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ephemeral) : message.ephemeral;
                return object;
            };

            /**
             * Converts this SessionInit to JSON.
             * @function toJSON
             * @memberof warden.cluster.SessionInit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionInit.prototype.toJSON = function() {
                return SessionInit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionInit
             * @function getTypeUrl
             * @memberof warden.cluster.SessionInit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionInit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.SessionInit";
            };

            return SessionInit;
        })();

        cluster.SessionChallenge = (function() {

            /**
             * Properties of a SessionChallenge.
             * @typedef {Object} warden.cluster.SessionChallenge.$Properties
             * @property {number|null} [protocolVersion] SessionChallenge protocolVersion
             * @property {Uint8Array|null} [random] SessionChallenge random
             * @property {Uint8Array|null} [ephemeral] SessionChallenge ephemeral
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionChallenge.
             * @memberof warden.cluster
             * @interface ISessionChallenge
             * @augments warden.cluster.SessionChallenge.$Properties
             * @deprecated Use warden.cluster.SessionChallenge.$Properties instead.
             */

            /**
             * Shape of a SessionChallenge.
             * @typedef {warden.cluster.SessionChallenge.$Properties} warden.cluster.SessionChallenge.$Shape
             */

            /**
             * Constructs a new SessionChallenge.
             * @memberof warden.cluster
             * @classdesc Represents a SessionChallenge.
             * @constructor
             * @param {warden.cluster.SessionChallenge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SessionChallenge = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionChallenge protocolVersion.
             * @member {number} protocolVersion
             * @memberof warden.cluster.SessionChallenge
             * @instance
             */
            SessionChallenge.prototype.protocolVersion = 0;

            /**
             * SessionChallenge random.
             * @member {Uint8Array} random
             * @memberof warden.cluster.SessionChallenge
             * @instance
             */
            SessionChallenge.prototype.random = $util.newBuffer([]);

            /**
             * SessionChallenge ephemeral.
             * @member {Uint8Array} ephemeral
             * @memberof warden.cluster.SessionChallenge
             * @instance
             */
            SessionChallenge.prototype.ephemeral = $util.newBuffer([]);

            /**
             * Creates a new SessionChallenge instance using the specified properties.
             * @function create
             * @memberof warden.cluster.SessionChallenge
             * @static
             * @param {warden.cluster.SessionChallenge.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.SessionChallenge} SessionChallenge instance
             * @type {{
             *   (properties: warden.cluster.SessionChallenge.$Shape): warden.cluster.SessionChallenge & warden.cluster.SessionChallenge.$Shape;
             *   (properties?: warden.cluster.SessionChallenge.$Properties): warden.cluster.SessionChallenge;
             * }}
             */
            SessionChallenge.create = function(properties) {
                return new SessionChallenge(properties);
            };

            /**
             * Encodes the specified SessionChallenge message. Does not implicitly {@link warden.cluster.SessionChallenge.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.SessionChallenge
             * @static
             * @param {warden.cluster.SessionChallenge.$Properties} message SessionChallenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionChallenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.random != null && $Object.hasOwnProperty.call(message, "random") && message.random.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.random);
                if (message.ephemeral != null && $Object.hasOwnProperty.call(message, "ephemeral") && message.ephemeral.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ephemeral);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SessionChallenge message, length delimited. Does not implicitly {@link warden.cluster.SessionChallenge.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.SessionChallenge
             * @static
             * @param {warden.cluster.SessionChallenge.$Properties} message SessionChallenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionChallenge.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SessionChallenge message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.SessionChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.SessionChallenge & warden.cluster.SessionChallenge.$Shape} SessionChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionChallenge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.SessionChallenge();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.random = value;
                            else
                                delete message.random;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ephemeral = value;
                            else
                                delete message.ephemeral;
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
             * Decodes a SessionChallenge message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.SessionChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionChallenge & warden.cluster.SessionChallenge.$Shape} SessionChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionChallenge.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SessionChallenge message.
             * @function verify
             * @memberof warden.cluster.SessionChallenge
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionChallenge.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.random != null && $Object.hasOwnProperty.call(message, "random"))
                    if (!(message.random && typeof message.random.length === "number" || $util.isString(message.random)))
                        return "random: buffer expected";
                if (message.ephemeral != null && $Object.hasOwnProperty.call(message, "ephemeral"))
                    if (!(message.ephemeral && typeof message.ephemeral.length === "number" || $util.isString(message.ephemeral)))
                        return "ephemeral: buffer expected";
                return null;
            };

            /**
             * Creates a SessionChallenge message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.SessionChallenge
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.SessionChallenge} SessionChallenge
             */
            SessionChallenge.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.SessionChallenge)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.SessionChallenge: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.SessionChallenge();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.random != null)
                    if (object.random.length)
                        if (typeof object.random === "string")
                            $util.base64.decode(object.random, message.random = $util.newBuffer($util.base64.length(object.random)), 0);
                        else if (object.random.length >= 0)
                            message.random = object.random;
                if (object.ephemeral != null)
                    if (object.ephemeral.length)
                        if (typeof object.ephemeral === "string")
                            $util.base64.decode(object.ephemeral, message.ephemeral = $util.newBuffer($util.base64.length(object.ephemeral)), 0);
                        else if (object.ephemeral.length >= 0)
                            message.ephemeral = object.ephemeral;
                return message;
            };

            /**
             * Creates a plain object from a SessionChallenge message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.SessionChallenge
             * @static
             * @param {warden.cluster.SessionChallenge} message SessionChallenge
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionChallenge.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    if (options.bytes === $String)
                        object.random = "";
                    else {
                        object.random = [];
                        if (options.bytes !== $Array)
                            object.random = $util.newBuffer(object.random);
                    }
                    if (options.bytes === $String)
                        object.ephemeral = "";
                    else {
                        object.ephemeral = [];
                        if (options.bytes !== $Array)
                            object.ephemeral = $util.newBuffer(object.ephemeral);
                    }
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.random != null && $Object.hasOwnProperty.call(message, "random"))
                    object.random = options.bytes === $String ? $util.base64.encode(message.random, 0, message.random.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.random) : message.random;
                if (message.ephemeral != null && $Object.hasOwnProperty.call(message, "ephemeral"))
                    object.ephemeral = options.bytes === $String ? $util.base64.encode(message.ephemeral, 0, message.ephemeral.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ephemeral) : message.ephemeral;
                return object;
            };

            /**
             * Converts this SessionChallenge to JSON.
             * @function toJSON
             * @memberof warden.cluster.SessionChallenge
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionChallenge.prototype.toJSON = function() {
                return SessionChallenge.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionChallenge
             * @function getTypeUrl
             * @memberof warden.cluster.SessionChallenge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionChallenge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.SessionChallenge";
            };

            return SessionChallenge;
        })();

        cluster.SessionOffer = (function() {

            /**
             * Properties of a SessionOffer.
             * @typedef {Object} warden.cluster.SessionOffer.$Properties
             * @property {Array.<Uint8Array>|null} [keyTags] SessionOffer keyTags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionOffer.
             * @memberof warden.cluster
             * @interface ISessionOffer
             * @augments warden.cluster.SessionOffer.$Properties
             * @deprecated Use warden.cluster.SessionOffer.$Properties instead.
             */

            /**
             * Shape of a SessionOffer.
             * @typedef {warden.cluster.SessionOffer.$Properties} warden.cluster.SessionOffer.$Shape
             */

            /**
             * Constructs a new SessionOffer.
             * @memberof warden.cluster
             * @classdesc Represents a SessionOffer.
             * @constructor
             * @param {warden.cluster.SessionOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SessionOffer = function (properties) {
                this.keyTags = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionOffer keyTags.
             * @member {Array.<Uint8Array>} keyTags
             * @memberof warden.cluster.SessionOffer
             * @instance
             */
            SessionOffer.prototype.keyTags = $util.emptyArray;

            /**
             * Creates a new SessionOffer instance using the specified properties.
             * @function create
             * @memberof warden.cluster.SessionOffer
             * @static
             * @param {warden.cluster.SessionOffer.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.SessionOffer} SessionOffer instance
             * @type {{
             *   (properties: warden.cluster.SessionOffer.$Shape): warden.cluster.SessionOffer & warden.cluster.SessionOffer.$Shape;
             *   (properties?: warden.cluster.SessionOffer.$Properties): warden.cluster.SessionOffer;
             * }}
             */
            SessionOffer.create = function(properties) {
                return new SessionOffer(properties);
            };

            /**
             * Encodes the specified SessionOffer message. Does not implicitly {@link warden.cluster.SessionOffer.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.SessionOffer
             * @static
             * @param {warden.cluster.SessionOffer.$Properties} message SessionOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyTags != null && message.keyTags.length)
                    for (var i = 0; i < message.keyTags.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.keyTags[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SessionOffer message, length delimited. Does not implicitly {@link warden.cluster.SessionOffer.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.SessionOffer
             * @static
             * @param {warden.cluster.SessionOffer.$Properties} message SessionOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionOffer.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SessionOffer message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.SessionOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.SessionOffer & warden.cluster.SessionOffer.$Shape} SessionOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.SessionOffer();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keyTags && message.keyTags.length))
                                message.keyTags = [];
                            message.keyTags.push(reader.bytes());
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
             * Decodes a SessionOffer message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.SessionOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionOffer & warden.cluster.SessionOffer.$Shape} SessionOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionOffer.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SessionOffer message.
             * @function verify
             * @memberof warden.cluster.SessionOffer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionOffer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keyTags != null && $Object.hasOwnProperty.call(message, "keyTags")) {
                    if (!$Array.isArray(message.keyTags))
                        return "keyTags: array expected";
                    for (var i = 0; i < message.keyTags.length; ++i)
                        if (!(message.keyTags[i] && typeof message.keyTags[i].length === "number" || $util.isString(message.keyTags[i])))
                            return "keyTags: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates a SessionOffer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.SessionOffer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.SessionOffer} SessionOffer
             */
            SessionOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.SessionOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.SessionOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.SessionOffer();
                if (object.keyTags) {
                    if (!$Array.isArray(object.keyTags))
                        throw $TypeError(".warden.cluster.SessionOffer.keyTags: array expected");
                    message.keyTags = $Array(object.keyTags.length);
                    for (var i = 0; i < object.keyTags.length; ++i)
                        if (typeof object.keyTags[i] === "string")
                            $util.base64.decode(object.keyTags[i], message.keyTags[i] = $util.newBuffer($util.base64.length(object.keyTags[i])), 0);
                        else if (object.keyTags[i].length >= 0)
                            message.keyTags[i] = object.keyTags[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a SessionOffer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.SessionOffer
             * @static
             * @param {warden.cluster.SessionOffer} message SessionOffer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.keyTags = [];
                if (message.keyTags && message.keyTags.length) {
                    object.keyTags = $Array(message.keyTags.length);
                    for (var j = 0; j < message.keyTags.length; ++j)
                        object.keyTags[j] = options.bytes === $String ? $util.base64.encode(message.keyTags[j], 0, message.keyTags[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyTags[j]) : message.keyTags[j];
                }
                return object;
            };

            /**
             * Converts this SessionOffer to JSON.
             * @function toJSON
             * @memberof warden.cluster.SessionOffer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionOffer.prototype.toJSON = function() {
                return SessionOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionOffer
             * @function getTypeUrl
             * @memberof warden.cluster.SessionOffer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionOffer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.SessionOffer";
            };

            return SessionOffer;
        })();

        cluster.SessionAccept = (function() {

            /**
             * Properties of a SessionAccept.
             * @typedef {Object} warden.cluster.SessionAccept.$Properties
             * @property {number|null} [protocolVersion] SessionAccept protocolVersion
             * @property {Uint8Array|null} [random] SessionAccept random
             * @property {Uint8Array|null} [keyId] SessionAccept keyId
             * @property {Uint8Array|null} [proof] SessionAccept proof
             * @property {number|null} [keyIndex] SessionAccept keyIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionAccept.
             * @memberof warden.cluster
             * @interface ISessionAccept
             * @augments warden.cluster.SessionAccept.$Properties
             * @deprecated Use warden.cluster.SessionAccept.$Properties instead.
             */

            /**
             * Shape of a SessionAccept.
             * @typedef {warden.cluster.SessionAccept.$Properties} warden.cluster.SessionAccept.$Shape
             */

            /**
             * Constructs a new SessionAccept.
             * @memberof warden.cluster
             * @classdesc Represents a SessionAccept.
             * @constructor
             * @param {warden.cluster.SessionAccept.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SessionAccept = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionAccept protocolVersion.
             * @member {number} protocolVersion
             * @memberof warden.cluster.SessionAccept
             * @instance
             */
            SessionAccept.prototype.protocolVersion = 0;

            /**
             * SessionAccept random.
             * @member {Uint8Array} random
             * @memberof warden.cluster.SessionAccept
             * @instance
             */
            SessionAccept.prototype.random = $util.newBuffer([]);

            /**
             * SessionAccept keyId.
             * @member {Uint8Array} keyId
             * @memberof warden.cluster.SessionAccept
             * @instance
             */
            SessionAccept.prototype.keyId = $util.newBuffer([]);

            /**
             * SessionAccept proof.
             * @member {Uint8Array} proof
             * @memberof warden.cluster.SessionAccept
             * @instance
             */
            SessionAccept.prototype.proof = $util.newBuffer([]);

            /**
             * SessionAccept keyIndex.
             * @member {number} keyIndex
             * @memberof warden.cluster.SessionAccept
             * @instance
             */
            SessionAccept.prototype.keyIndex = 0;

            /**
             * Creates a new SessionAccept instance using the specified properties.
             * @function create
             * @memberof warden.cluster.SessionAccept
             * @static
             * @param {warden.cluster.SessionAccept.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.SessionAccept} SessionAccept instance
             * @type {{
             *   (properties: warden.cluster.SessionAccept.$Shape): warden.cluster.SessionAccept & warden.cluster.SessionAccept.$Shape;
             *   (properties?: warden.cluster.SessionAccept.$Properties): warden.cluster.SessionAccept;
             * }}
             */
            SessionAccept.create = function(properties) {
                return new SessionAccept(properties);
            };

            /**
             * Encodes the specified SessionAccept message. Does not implicitly {@link warden.cluster.SessionAccept.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.SessionAccept
             * @static
             * @param {warden.cluster.SessionAccept.$Properties} message SessionAccept message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionAccept.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.random != null && $Object.hasOwnProperty.call(message, "random") && message.random.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.random);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.keyId);
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.proof);
                if (message.keyIndex != null && $Object.hasOwnProperty.call(message, "keyIndex") && message.keyIndex !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.keyIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SessionAccept message, length delimited. Does not implicitly {@link warden.cluster.SessionAccept.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.SessionAccept
             * @static
             * @param {warden.cluster.SessionAccept.$Properties} message SessionAccept message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionAccept.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SessionAccept message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.SessionAccept
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.SessionAccept & warden.cluster.SessionAccept.$Shape} SessionAccept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionAccept.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.SessionAccept();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.random = value;
                            else
                                delete message.random;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proof = value;
                            else
                                delete message.proof;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.keyIndex = value;
                            else
                                delete message.keyIndex;
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
             * Decodes a SessionAccept message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.SessionAccept
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionAccept & warden.cluster.SessionAccept.$Shape} SessionAccept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionAccept.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SessionAccept message.
             * @function verify
             * @memberof warden.cluster.SessionAccept
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionAccept.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.random != null && $Object.hasOwnProperty.call(message, "random"))
                    if (!(message.random && typeof message.random.length === "number" || $util.isString(message.random)))
                        return "random: buffer expected";
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    if (!(message.keyId && typeof message.keyId.length === "number" || $util.isString(message.keyId)))
                        return "keyId: buffer expected";
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    if (!(message.proof && typeof message.proof.length === "number" || $util.isString(message.proof)))
                        return "proof: buffer expected";
                if (message.keyIndex != null && $Object.hasOwnProperty.call(message, "keyIndex"))
                    if (!$util.isInteger(message.keyIndex))
                        return "keyIndex: integer expected";
                return null;
            };

            /**
             * Creates a SessionAccept message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.SessionAccept
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.SessionAccept} SessionAccept
             */
            SessionAccept.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.SessionAccept)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.SessionAccept: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.SessionAccept();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.random != null)
                    if (object.random.length)
                        if (typeof object.random === "string")
                            $util.base64.decode(object.random, message.random = $util.newBuffer($util.base64.length(object.random)), 0);
                        else if (object.random.length >= 0)
                            message.random = object.random;
                if (object.keyId != null)
                    if (object.keyId.length)
                        if (typeof object.keyId === "string")
                            $util.base64.decode(object.keyId, message.keyId = $util.newBuffer($util.base64.length(object.keyId)), 0);
                        else if (object.keyId.length >= 0)
                            message.keyId = object.keyId;
                if (object.proof != null)
                    if (object.proof.length)
                        if (typeof object.proof === "string")
                            $util.base64.decode(object.proof, message.proof = $util.newBuffer($util.base64.length(object.proof)), 0);
                        else if (object.proof.length >= 0)
                            message.proof = object.proof;
                if (object.keyIndex != null)
                    if ($Number(object.keyIndex) !== 0)
                        message.keyIndex = object.keyIndex >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SessionAccept message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.SessionAccept
             * @static
             * @param {warden.cluster.SessionAccept} message SessionAccept
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionAccept.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    if (options.bytes === $String)
                        object.random = "";
                    else {
                        object.random = [];
                        if (options.bytes !== $Array)
                            object.random = $util.newBuffer(object.random);
                    }
                    if (options.bytes === $String)
                        object.keyId = "";
                    else {
                        object.keyId = [];
                        if (options.bytes !== $Array)
                            object.keyId = $util.newBuffer(object.keyId);
                    }
                    if (options.bytes === $String)
                        object.proof = "";
                    else {
                        object.proof = [];
                        if (options.bytes !== $Array)
                            object.proof = $util.newBuffer(object.proof);
                    }
                    object.keyIndex = 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.random != null && $Object.hasOwnProperty.call(message, "random"))
                    object.random = options.bytes === $String ? $util.base64.encode(message.random, 0, message.random.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.random) : message.random;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = options.bytes === $String ? $util.base64.encode(message.keyId, 0, message.keyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyId) : message.keyId;
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    object.proof = options.bytes === $String ? $util.base64.encode(message.proof, 0, message.proof.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proof) : message.proof;
                if (message.keyIndex != null && $Object.hasOwnProperty.call(message, "keyIndex"))
                    object.keyIndex = message.keyIndex;
                return object;
            };

            /**
             * Converts this SessionAccept to JSON.
             * @function toJSON
             * @memberof warden.cluster.SessionAccept
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionAccept.prototype.toJSON = function() {
                return SessionAccept.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionAccept
             * @function getTypeUrl
             * @memberof warden.cluster.SessionAccept
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionAccept.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.SessionAccept";
            };

            return SessionAccept;
        })();

        cluster.SessionReject = (function() {

            /**
             * Properties of a SessionReject.
             * @typedef {Object} warden.cluster.SessionReject.$Properties
             * @property {string|null} [code] SessionReject code
             * @property {string|null} [message] SessionReject message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionReject.
             * @memberof warden.cluster
             * @interface ISessionReject
             * @augments warden.cluster.SessionReject.$Properties
             * @deprecated Use warden.cluster.SessionReject.$Properties instead.
             */

            /**
             * Shape of a SessionReject.
             * @typedef {warden.cluster.SessionReject.$Properties} warden.cluster.SessionReject.$Shape
             */

            /**
             * Constructs a new SessionReject.
             * @memberof warden.cluster
             * @classdesc Represents a SessionReject.
             * @constructor
             * @param {warden.cluster.SessionReject.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SessionReject = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionReject code.
             * @member {string} code
             * @memberof warden.cluster.SessionReject
             * @instance
             */
            SessionReject.prototype.code = "";

            /**
             * SessionReject message.
             * @member {string} message
             * @memberof warden.cluster.SessionReject
             * @instance
             */
            SessionReject.prototype.message = "";

            /**
             * Creates a new SessionReject instance using the specified properties.
             * @function create
             * @memberof warden.cluster.SessionReject
             * @static
             * @param {warden.cluster.SessionReject.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.SessionReject} SessionReject instance
             * @type {{
             *   (properties: warden.cluster.SessionReject.$Shape): warden.cluster.SessionReject & warden.cluster.SessionReject.$Shape;
             *   (properties?: warden.cluster.SessionReject.$Properties): warden.cluster.SessionReject;
             * }}
             */
            SessionReject.create = function(properties) {
                return new SessionReject(properties);
            };

            /**
             * Encodes the specified SessionReject message. Does not implicitly {@link warden.cluster.SessionReject.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.SessionReject
             * @static
             * @param {warden.cluster.SessionReject.$Properties} message SessionReject message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionReject.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SessionReject message, length delimited. Does not implicitly {@link warden.cluster.SessionReject.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.SessionReject
             * @static
             * @param {warden.cluster.SessionReject.$Properties} message SessionReject message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionReject.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SessionReject message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.SessionReject
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.SessionReject & warden.cluster.SessionReject.$Shape} SessionReject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionReject.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.SessionReject();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
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
             * Decodes a SessionReject message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.SessionReject
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionReject & warden.cluster.SessionReject.$Shape} SessionReject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionReject.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SessionReject message.
             * @function verify
             * @memberof warden.cluster.SessionReject
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionReject.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a SessionReject message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.SessionReject
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.SessionReject} SessionReject
             */
            SessionReject.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.SessionReject)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.SessionReject: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.SessionReject();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a SessionReject message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.SessionReject
             * @static
             * @param {warden.cluster.SessionReject} message SessionReject
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionReject.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this SessionReject to JSON.
             * @function toJSON
             * @memberof warden.cluster.SessionReject
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionReject.prototype.toJSON = function() {
                return SessionReject.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionReject
             * @function getTypeUrl
             * @memberof warden.cluster.SessionReject
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionReject.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.SessionReject";
            };

            return SessionReject;
        })();

        cluster.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} warden.cluster.Envelope.$Properties
             * @property {number|null} [id] Envelope id
             * @property {number|null} [replyTo] Envelope replyTo
             * @property {warden.cluster.Hello.$Properties|null} [hello] Envelope hello
             * @property {warden.cluster.HelloAccepted.$Properties|null} [helloAccepted] Envelope helloAccepted
             * @property {warden.cluster.ErrorReply.$Properties|null} [error] Envelope error
             * @property {warden.cluster.KeepAlive.$Properties|null} [keepAlive] Envelope keepAlive
             * @property {warden.cluster.KeepAliveAck.$Properties|null} [keepAliveAck] Envelope keepAliveAck
             * @property {warden.cluster.ControlRequest.$Properties|null} [controlRequest] Envelope controlRequest
             * @property {warden.cluster.ControlResponse.$Properties|null} [controlResponse] Envelope controlResponse
             * @property {warden.cluster.NodeControlRequest.$Properties|null} [nodeControlRequest] Envelope nodeControlRequest
             * @property {warden.cluster.NotLeader.$Properties|null} [notLeader] Envelope notLeader
             * @property {warden.cluster.StreamOpen.$Properties|null} [streamOpen] Envelope streamOpen
             * @property {warden.cluster.StreamChunk.$Properties|null} [streamChunk] Envelope streamChunk
             * @property {warden.cluster.StreamCredit.$Properties|null} [streamCredit] Envelope streamCredit
             * @property {warden.cluster.StreamEnd.$Properties|null} [streamEnd] Envelope streamEnd
             * @property {warden.cluster.StreamAbort.$Properties|null} [streamAbort] Envelope streamAbort
             * @property {warden.cluster.Ping.$Properties|null} [ping] Envelope ping
             * @property {warden.cluster.Pong.$Properties|null} [pong] Envelope pong
             * @property {warden.cluster.AgentInfoBatch.$Properties|null} [agentInfoBatch] Envelope agentInfoBatch
             * @property {warden.cluster.AgentInfoAck.$Properties|null} [agentInfoAck] Envelope agentInfoAck
             * @property {warden.cluster.RegistryStateRequest.$Properties|null} [registryStateRequest] Envelope registryStateRequest
             * @property {warden.cluster.RegistryState.$Properties|null} [registryState] Envelope registryState
             * @property {warden.cluster.RegistryUpdate.$Properties|null} [registryUpdate] Envelope registryUpdate
             * @property {warden.cluster.IntegrityCheck.$Properties|null} [integrityCheck] Envelope integrityCheck
             * @property {warden.cluster.IntegrityStatus.$Properties|null} [integrityStatus] Envelope integrityStatus
             * @property {warden.cluster.IntegrityTable.$Properties|null} [integrityTable] Envelope integrityTable
             * @property {warden.cluster.IntegrityPlan.$Properties|null} [integrityPlan] Envelope integrityPlan
             * @property {warden.cluster.IntegrityFetch.$Properties|null} [integrityFetch] Envelope integrityFetch
             * @property {warden.cluster.IntegrityFetched.$Properties|null} [integrityFetched] Envelope integrityFetched
             * @property {warden.cluster.IntegrityResult.$Properties|null} [integrityResult] Envelope integrityResult
             * @property {warden.cluster.IntegrityChanged.$Properties|null} [integrityChanged] Envelope integrityChanged
             * @property {warden.cluster.IntegrityAck.$Properties|null} [integrityAck] Envelope integrityAck
             * @property {warden.cluster.WorkerLeaving.$Properties|null} [workerLeaving] Envelope workerLeaving
             * @property {warden.cluster.WorkerLeft.$Properties|null} [workerLeft] Envelope workerLeft
             * @property {warden.cluster.MoveAgents.$Properties|null} [moveAgents] Envelope moveAgents
             * @property {warden.cluster.MoveAgentsAccepted.$Properties|null} [moveAgentsAccepted] Envelope moveAgentsAccepted
             * @property {"hello"|"helloAccepted"|"error"|"keepAlive"|"keepAliveAck"|"controlRequest"|"controlResponse"|"nodeControlRequest"|"notLeader"|"streamOpen"|"streamChunk"|"streamCredit"|"streamEnd"|"streamAbort"|"ping"|"pong"|"agentInfoBatch"|"agentInfoAck"|"registryStateRequest"|"registryState"|"registryUpdate"|"integrityCheck"|"integrityStatus"|"integrityTable"|"integrityPlan"|"integrityFetch"|"integrityFetched"|"integrityResult"|"integrityChanged"|"integrityAck"|"workerLeaving"|"workerLeft"|"moveAgents"|"moveAgentsAccepted"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof warden.cluster
             * @interface IEnvelope
             * @augments warden.cluster.Envelope.$Properties
             * @deprecated Use warden.cluster.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   id?: number|null;
             *   replyTo?: number|null;
             *   hello?: warden.cluster.Hello.$Shape|null;
             *   helloAccepted?: warden.cluster.HelloAccepted.$Shape|null;
             *   error?: warden.cluster.ErrorReply.$Shape|null;
             *   keepAlive?: warden.cluster.KeepAlive.$Shape|null;
             *   keepAliveAck?: warden.cluster.KeepAliveAck.$Shape|null;
             *   controlRequest?: warden.cluster.ControlRequest.$Shape|null;
             *   controlResponse?: warden.cluster.ControlResponse.$Shape|null;
             *   nodeControlRequest?: warden.cluster.NodeControlRequest.$Shape|null;
             *   notLeader?: warden.cluster.NotLeader.$Shape|null;
             *   streamOpen?: warden.cluster.StreamOpen.$Shape|null;
             *   streamChunk?: warden.cluster.StreamChunk.$Shape|null;
             *   streamCredit?: warden.cluster.StreamCredit.$Shape|null;
             *   streamEnd?: warden.cluster.StreamEnd.$Shape|null;
             *   streamAbort?: warden.cluster.StreamAbort.$Shape|null;
             *   ping?: warden.cluster.Ping.$Shape|null;
             *   pong?: warden.cluster.Pong.$Shape|null;
             *   agentInfoBatch?: warden.cluster.AgentInfoBatch.$Shape|null;
             *   agentInfoAck?: warden.cluster.AgentInfoAck.$Shape|null;
             *   registryStateRequest?: warden.cluster.RegistryStateRequest.$Shape|null;
             *   registryState?: warden.cluster.RegistryState.$Shape|null;
             *   registryUpdate?: warden.cluster.RegistryUpdate.$Shape|null;
             *   integrityCheck?: warden.cluster.IntegrityCheck.$Shape|null;
             *   integrityStatus?: warden.cluster.IntegrityStatus.$Shape|null;
             *   integrityTable?: warden.cluster.IntegrityTable.$Shape|null;
             *   integrityPlan?: warden.cluster.IntegrityPlan.$Shape|null;
             *   integrityFetch?: warden.cluster.IntegrityFetch.$Shape|null;
             *   integrityFetched?: warden.cluster.IntegrityFetched.$Shape|null;
             *   integrityResult?: warden.cluster.IntegrityResult.$Shape|null;
             *   integrityChanged?: warden.cluster.IntegrityChanged.$Shape|null;
             *   integrityAck?: warden.cluster.IntegrityAck.$Shape|null;
             *   workerLeaving?: warden.cluster.WorkerLeaving.$Shape|null;
             *   workerLeft?: warden.cluster.WorkerLeft.$Shape|null;
             *   moveAgents?: warden.cluster.MoveAgents.$Shape|null;
             *   moveAgentsAccepted?: warden.cluster.MoveAgentsAccepted.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "hello"; hello: warden.cluster.Hello.$Shape; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "helloAccepted"; hello?: null; helloAccepted: warden.cluster.HelloAccepted.$Shape; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "error"; hello?: null; helloAccepted?: null; error: warden.cluster.ErrorReply.$Shape; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "keepAlive"; hello?: null; helloAccepted?: null; error?: null; keepAlive: warden.cluster.KeepAlive.$Shape; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "keepAliveAck"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck: warden.cluster.KeepAliveAck.$Shape; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "controlRequest"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest: warden.cluster.ControlRequest.$Shape; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "controlResponse"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse: warden.cluster.ControlResponse.$Shape; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "nodeControlRequest"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest: warden.cluster.NodeControlRequest.$Shape; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "notLeader"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader: warden.cluster.NotLeader.$Shape; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "streamOpen"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen: warden.cluster.StreamOpen.$Shape; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "streamChunk"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk: warden.cluster.StreamChunk.$Shape; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "streamCredit"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit: warden.cluster.StreamCredit.$Shape; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "streamEnd"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd: warden.cluster.StreamEnd.$Shape; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "streamAbort"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort: warden.cluster.StreamAbort.$Shape; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "ping"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping: warden.cluster.Ping.$Shape; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "pong"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong: warden.cluster.Pong.$Shape; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "agentInfoBatch"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch: warden.cluster.AgentInfoBatch.$Shape; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "agentInfoAck"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck: warden.cluster.AgentInfoAck.$Shape; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "registryStateRequest"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest: warden.cluster.RegistryStateRequest.$Shape; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "registryState"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState: warden.cluster.RegistryState.$Shape; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "registryUpdate"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate: warden.cluster.RegistryUpdate.$Shape; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "integrityCheck"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck: warden.cluster.IntegrityCheck.$Shape; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "integrityStatus"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus: warden.cluster.IntegrityStatus.$Shape; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "integrityTable"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable: warden.cluster.IntegrityTable.$Shape; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "integrityPlan"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan: warden.cluster.IntegrityPlan.$Shape; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "integrityFetch"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch: warden.cluster.IntegrityFetch.$Shape; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "integrityFetched"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched: warden.cluster.IntegrityFetched.$Shape; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "integrityResult"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult: warden.cluster.IntegrityResult.$Shape; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "integrityChanged"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged: warden.cluster.IntegrityChanged.$Shape; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "integrityAck"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck: warden.cluster.IntegrityAck.$Shape; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "workerLeaving"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving: warden.cluster.WorkerLeaving.$Shape; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "workerLeft"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft: warden.cluster.WorkerLeft.$Shape; moveAgents?: null; moveAgentsAccepted?: null }|{ body?: "moveAgents"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents: warden.cluster.MoveAgents.$Shape; moveAgentsAccepted?: null }|{ body?: "moveAgentsAccepted"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted: warden.cluster.MoveAgentsAccepted.$Shape })
             * )} warden.cluster.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof warden.cluster
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {warden.cluster.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Envelope = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope id.
             * @member {number} id
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.id = 0;

            /**
             * Envelope replyTo.
             * @member {number} replyTo
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.replyTo = 0;

            /**
             * Envelope hello.
             * @member {warden.cluster.Hello.$Properties|null|undefined} hello
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope helloAccepted.
             * @member {warden.cluster.HelloAccepted.$Properties|null|undefined} helloAccepted
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.helloAccepted = null;

            /**
             * Envelope error.
             * @member {warden.cluster.ErrorReply.$Properties|null|undefined} error
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope keepAlive.
             * @member {warden.cluster.KeepAlive.$Properties|null|undefined} keepAlive
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.keepAlive = null;

            /**
             * Envelope keepAliveAck.
             * @member {warden.cluster.KeepAliveAck.$Properties|null|undefined} keepAliveAck
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.keepAliveAck = null;

            /**
             * Envelope controlRequest.
             * @member {warden.cluster.ControlRequest.$Properties|null|undefined} controlRequest
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.controlRequest = null;

            /**
             * Envelope controlResponse.
             * @member {warden.cluster.ControlResponse.$Properties|null|undefined} controlResponse
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.controlResponse = null;

            /**
             * Envelope nodeControlRequest.
             * @member {warden.cluster.NodeControlRequest.$Properties|null|undefined} nodeControlRequest
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.nodeControlRequest = null;

            /**
             * Envelope notLeader.
             * @member {warden.cluster.NotLeader.$Properties|null|undefined} notLeader
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.notLeader = null;

            /**
             * Envelope streamOpen.
             * @member {warden.cluster.StreamOpen.$Properties|null|undefined} streamOpen
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.streamOpen = null;

            /**
             * Envelope streamChunk.
             * @member {warden.cluster.StreamChunk.$Properties|null|undefined} streamChunk
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.streamChunk = null;

            /**
             * Envelope streamCredit.
             * @member {warden.cluster.StreamCredit.$Properties|null|undefined} streamCredit
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.streamCredit = null;

            /**
             * Envelope streamEnd.
             * @member {warden.cluster.StreamEnd.$Properties|null|undefined} streamEnd
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.streamEnd = null;

            /**
             * Envelope streamAbort.
             * @member {warden.cluster.StreamAbort.$Properties|null|undefined} streamAbort
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.streamAbort = null;

            /**
             * Envelope ping.
             * @member {warden.cluster.Ping.$Properties|null|undefined} ping
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.ping = null;

            /**
             * Envelope pong.
             * @member {warden.cluster.Pong.$Properties|null|undefined} pong
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.pong = null;

            /**
             * Envelope agentInfoBatch.
             * @member {warden.cluster.AgentInfoBatch.$Properties|null|undefined} agentInfoBatch
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.agentInfoBatch = null;

            /**
             * Envelope agentInfoAck.
             * @member {warden.cluster.AgentInfoAck.$Properties|null|undefined} agentInfoAck
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.agentInfoAck = null;

            /**
             * Envelope registryStateRequest.
             * @member {warden.cluster.RegistryStateRequest.$Properties|null|undefined} registryStateRequest
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.registryStateRequest = null;

            /**
             * Envelope registryState.
             * @member {warden.cluster.RegistryState.$Properties|null|undefined} registryState
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.registryState = null;

            /**
             * Envelope registryUpdate.
             * @member {warden.cluster.RegistryUpdate.$Properties|null|undefined} registryUpdate
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.registryUpdate = null;

            /**
             * Envelope integrityCheck.
             * @member {warden.cluster.IntegrityCheck.$Properties|null|undefined} integrityCheck
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.integrityCheck = null;

            /**
             * Envelope integrityStatus.
             * @member {warden.cluster.IntegrityStatus.$Properties|null|undefined} integrityStatus
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.integrityStatus = null;

            /**
             * Envelope integrityTable.
             * @member {warden.cluster.IntegrityTable.$Properties|null|undefined} integrityTable
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.integrityTable = null;

            /**
             * Envelope integrityPlan.
             * @member {warden.cluster.IntegrityPlan.$Properties|null|undefined} integrityPlan
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.integrityPlan = null;

            /**
             * Envelope integrityFetch.
             * @member {warden.cluster.IntegrityFetch.$Properties|null|undefined} integrityFetch
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.integrityFetch = null;

            /**
             * Envelope integrityFetched.
             * @member {warden.cluster.IntegrityFetched.$Properties|null|undefined} integrityFetched
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.integrityFetched = null;

            /**
             * Envelope integrityResult.
             * @member {warden.cluster.IntegrityResult.$Properties|null|undefined} integrityResult
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.integrityResult = null;

            /**
             * Envelope integrityChanged.
             * @member {warden.cluster.IntegrityChanged.$Properties|null|undefined} integrityChanged
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.integrityChanged = null;

            /**
             * Envelope integrityAck.
             * @member {warden.cluster.IntegrityAck.$Properties|null|undefined} integrityAck
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.integrityAck = null;

            /**
             * Envelope workerLeaving.
             * @member {warden.cluster.WorkerLeaving.$Properties|null|undefined} workerLeaving
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.workerLeaving = null;

            /**
             * Envelope workerLeft.
             * @member {warden.cluster.WorkerLeft.$Properties|null|undefined} workerLeft
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.workerLeft = null;

            /**
             * Envelope moveAgents.
             * @member {warden.cluster.MoveAgents.$Properties|null|undefined} moveAgents
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.moveAgents = null;

            /**
             * Envelope moveAgentsAccepted.
             * @member {warden.cluster.MoveAgentsAccepted.$Properties|null|undefined} moveAgentsAccepted
             * @memberof warden.cluster.Envelope
             * @instance
             */
            Envelope.prototype.moveAgentsAccepted = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Envelope body.
             * @member {"hello"|"helloAccepted"|"error"|"keepAlive"|"keepAliveAck"|"controlRequest"|"controlResponse"|"nodeControlRequest"|"notLeader"|"streamOpen"|"streamChunk"|"streamCredit"|"streamEnd"|"streamAbort"|"ping"|"pong"|"agentInfoBatch"|"agentInfoAck"|"registryStateRequest"|"registryState"|"registryUpdate"|"integrityCheck"|"integrityStatus"|"integrityTable"|"integrityPlan"|"integrityFetch"|"integrityFetched"|"integrityResult"|"integrityChanged"|"integrityAck"|"workerLeaving"|"workerLeft"|"moveAgents"|"moveAgentsAccepted"|undefined} body
             * @memberof warden.cluster.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "helloAccepted", "error", "keepAlive", "keepAliveAck", "controlRequest", "controlResponse", "nodeControlRequest", "notLeader", "streamOpen", "streamChunk", "streamCredit", "streamEnd", "streamAbort", "ping", "pong", "agentInfoBatch", "agentInfoAck", "registryStateRequest", "registryState", "registryUpdate", "integrityCheck", "integrityStatus", "integrityTable", "integrityPlan", "integrityFetch", "integrityFetched", "integrityResult", "integrityChanged", "integrityAck", "workerLeaving", "workerLeft", "moveAgents", "moveAgentsAccepted"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof warden.cluster.Envelope
             * @static
             * @param {warden.cluster.Envelope.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.Envelope} Envelope instance
             * @type {{
             *   (properties: warden.cluster.Envelope.$Shape): warden.cluster.Envelope & warden.cluster.Envelope.$Shape;
             *   (properties?: warden.cluster.Envelope.$Properties): warden.cluster.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link warden.cluster.Envelope.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.Envelope
             * @static
             * @param {warden.cluster.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo") && message.replyTo !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.replyTo);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.warden.cluster.Hello.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.helloAccepted != null && $Object.hasOwnProperty.call(message, "helloAccepted"))
                    $root.warden.cluster.HelloAccepted.encode(message.helloAccepted, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.warden.cluster.ErrorReply.encode(message.error, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.keepAlive != null && $Object.hasOwnProperty.call(message, "keepAlive"))
                    $root.warden.cluster.KeepAlive.encode(message.keepAlive, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.keepAliveAck != null && $Object.hasOwnProperty.call(message, "keepAliveAck"))
                    $root.warden.cluster.KeepAliveAck.encode(message.keepAliveAck, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.controlRequest != null && $Object.hasOwnProperty.call(message, "controlRequest"))
                    $root.warden.cluster.ControlRequest.encode(message.controlRequest, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.controlResponse != null && $Object.hasOwnProperty.call(message, "controlResponse"))
                    $root.warden.cluster.ControlResponse.encode(message.controlResponse, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.nodeControlRequest != null && $Object.hasOwnProperty.call(message, "nodeControlRequest"))
                    $root.warden.cluster.NodeControlRequest.encode(message.nodeControlRequest, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.notLeader != null && $Object.hasOwnProperty.call(message, "notLeader"))
                    $root.warden.cluster.NotLeader.encode(message.notLeader, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.streamOpen != null && $Object.hasOwnProperty.call(message, "streamOpen"))
                    $root.warden.cluster.StreamOpen.encode(message.streamOpen, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.streamChunk != null && $Object.hasOwnProperty.call(message, "streamChunk"))
                    $root.warden.cluster.StreamChunk.encode(message.streamChunk, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.streamCredit != null && $Object.hasOwnProperty.call(message, "streamCredit"))
                    $root.warden.cluster.StreamCredit.encode(message.streamCredit, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.streamEnd != null && $Object.hasOwnProperty.call(message, "streamEnd"))
                    $root.warden.cluster.StreamEnd.encode(message.streamEnd, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.streamAbort != null && $Object.hasOwnProperty.call(message, "streamAbort"))
                    $root.warden.cluster.StreamAbort.encode(message.streamAbort, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.warden.cluster.Ping.encode(message.ping, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                    $root.warden.cluster.Pong.encode(message.pong, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.agentInfoBatch != null && $Object.hasOwnProperty.call(message, "agentInfoBatch"))
                    $root.warden.cluster.AgentInfoBatch.encode(message.agentInfoBatch, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.agentInfoAck != null && $Object.hasOwnProperty.call(message, "agentInfoAck"))
                    $root.warden.cluster.AgentInfoAck.encode(message.agentInfoAck, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
                if (message.registryStateRequest != null && $Object.hasOwnProperty.call(message, "registryStateRequest"))
                    $root.warden.cluster.RegistryStateRequest.encode(message.registryStateRequest, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
                if (message.registryState != null && $Object.hasOwnProperty.call(message, "registryState"))
                    $root.warden.cluster.RegistryState.encode(message.registryState, writer.uint32(/* id 43, wireType 2 =*/346).fork(), _depth + 1).ldelim();
                if (message.registryUpdate != null && $Object.hasOwnProperty.call(message, "registryUpdate"))
                    $root.warden.cluster.RegistryUpdate.encode(message.registryUpdate, writer.uint32(/* id 44, wireType 2 =*/354).fork(), _depth + 1).ldelim();
                if (message.integrityCheck != null && $Object.hasOwnProperty.call(message, "integrityCheck"))
                    $root.warden.cluster.IntegrityCheck.encode(message.integrityCheck, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.integrityStatus != null && $Object.hasOwnProperty.call(message, "integrityStatus"))
                    $root.warden.cluster.IntegrityStatus.encode(message.integrityStatus, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
                if (message.integrityTable != null && $Object.hasOwnProperty.call(message, "integrityTable"))
                    $root.warden.cluster.IntegrityTable.encode(message.integrityTable, writer.uint32(/* id 52, wireType 2 =*/418).fork(), _depth + 1).ldelim();
                if (message.integrityPlan != null && $Object.hasOwnProperty.call(message, "integrityPlan"))
                    $root.warden.cluster.IntegrityPlan.encode(message.integrityPlan, writer.uint32(/* id 53, wireType 2 =*/426).fork(), _depth + 1).ldelim();
                if (message.integrityFetch != null && $Object.hasOwnProperty.call(message, "integrityFetch"))
                    $root.warden.cluster.IntegrityFetch.encode(message.integrityFetch, writer.uint32(/* id 54, wireType 2 =*/434).fork(), _depth + 1).ldelim();
                if (message.integrityFetched != null && $Object.hasOwnProperty.call(message, "integrityFetched"))
                    $root.warden.cluster.IntegrityFetched.encode(message.integrityFetched, writer.uint32(/* id 55, wireType 2 =*/442).fork(), _depth + 1).ldelim();
                if (message.integrityResult != null && $Object.hasOwnProperty.call(message, "integrityResult"))
                    $root.warden.cluster.IntegrityResult.encode(message.integrityResult, writer.uint32(/* id 56, wireType 2 =*/450).fork(), _depth + 1).ldelim();
                if (message.integrityChanged != null && $Object.hasOwnProperty.call(message, "integrityChanged"))
                    $root.warden.cluster.IntegrityChanged.encode(message.integrityChanged, writer.uint32(/* id 57, wireType 2 =*/458).fork(), _depth + 1).ldelim();
                if (message.integrityAck != null && $Object.hasOwnProperty.call(message, "integrityAck"))
                    $root.warden.cluster.IntegrityAck.encode(message.integrityAck, writer.uint32(/* id 58, wireType 2 =*/466).fork(), _depth + 1).ldelim();
                if (message.workerLeaving != null && $Object.hasOwnProperty.call(message, "workerLeaving"))
                    $root.warden.cluster.WorkerLeaving.encode(message.workerLeaving, writer.uint32(/* id 60, wireType 2 =*/482).fork(), _depth + 1).ldelim();
                if (message.workerLeft != null && $Object.hasOwnProperty.call(message, "workerLeft"))
                    $root.warden.cluster.WorkerLeft.encode(message.workerLeft, writer.uint32(/* id 61, wireType 2 =*/490).fork(), _depth + 1).ldelim();
                if (message.moveAgents != null && $Object.hasOwnProperty.call(message, "moveAgents"))
                    $root.warden.cluster.MoveAgents.encode(message.moveAgents, writer.uint32(/* id 62, wireType 2 =*/498).fork(), _depth + 1).ldelim();
                if (message.moveAgentsAccepted != null && $Object.hasOwnProperty.call(message, "moveAgentsAccepted"))
                    $root.warden.cluster.MoveAgentsAccepted.encode(message.moveAgentsAccepted, writer.uint32(/* id 63, wireType 2 =*/506).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link warden.cluster.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.Envelope
             * @static
             * @param {warden.cluster.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.Envelope & warden.cluster.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.Envelope();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replyTo = value;
                            else
                                delete message.replyTo;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.warden.cluster.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.helloAccepted = $root.warden.cluster.HelloAccepted.decode(reader, reader.size(), $undefined, _depth + 1, message.helloAccepted);
                            message.body = "helloAccepted";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.warden.cluster.ErrorReply.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.keepAlive = $root.warden.cluster.KeepAlive.decode(reader, reader.size(), $undefined, _depth + 1, message.keepAlive);
                            message.body = "keepAlive";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.keepAliveAck = $root.warden.cluster.KeepAliveAck.decode(reader, reader.size(), $undefined, _depth + 1, message.keepAliveAck);
                            message.body = "keepAliveAck";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.controlRequest = $root.warden.cluster.ControlRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.controlRequest);
                            message.body = "controlRequest";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.controlResponse = $root.warden.cluster.ControlResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.controlResponse);
                            message.body = "controlResponse";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.nodeControlRequest = $root.warden.cluster.NodeControlRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.nodeControlRequest);
                            message.body = "nodeControlRequest";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.notLeader = $root.warden.cluster.NotLeader.decode(reader, reader.size(), $undefined, _depth + 1, message.notLeader);
                            message.body = "notLeader";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.streamOpen = $root.warden.cluster.StreamOpen.decode(reader, reader.size(), $undefined, _depth + 1, message.streamOpen);
                            message.body = "streamOpen";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.streamChunk = $root.warden.cluster.StreamChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.streamChunk);
                            message.body = "streamChunk";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.streamCredit = $root.warden.cluster.StreamCredit.decode(reader, reader.size(), $undefined, _depth + 1, message.streamCredit);
                            message.body = "streamCredit";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.streamEnd = $root.warden.cluster.StreamEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.streamEnd);
                            message.body = "streamEnd";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.streamAbort = $root.warden.cluster.StreamAbort.decode(reader, reader.size(), $undefined, _depth + 1, message.streamAbort);
                            message.body = "streamAbort";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.warden.cluster.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.pong = $root.warden.cluster.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                            message.body = "pong";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.agentInfoBatch = $root.warden.cluster.AgentInfoBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.agentInfoBatch);
                            message.body = "agentInfoBatch";
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            message.agentInfoAck = $root.warden.cluster.AgentInfoAck.decode(reader, reader.size(), $undefined, _depth + 1, message.agentInfoAck);
                            message.body = "agentInfoAck";
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            message.registryStateRequest = $root.warden.cluster.RegistryStateRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.registryStateRequest);
                            message.body = "registryStateRequest";
                            continue;
                        }
                    case 43: {
                            if (wireType !== 2)
                                break;
                            message.registryState = $root.warden.cluster.RegistryState.decode(reader, reader.size(), $undefined, _depth + 1, message.registryState);
                            message.body = "registryState";
                            continue;
                        }
                    case 44: {
                            if (wireType !== 2)
                                break;
                            message.registryUpdate = $root.warden.cluster.RegistryUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.registryUpdate);
                            message.body = "registryUpdate";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.integrityCheck = $root.warden.cluster.IntegrityCheck.decode(reader, reader.size(), $undefined, _depth + 1, message.integrityCheck);
                            message.body = "integrityCheck";
                            continue;
                        }
                    case 51: {
                            if (wireType !== 2)
                                break;
                            message.integrityStatus = $root.warden.cluster.IntegrityStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.integrityStatus);
                            message.body = "integrityStatus";
                            continue;
                        }
                    case 52: {
                            if (wireType !== 2)
                                break;
                            message.integrityTable = $root.warden.cluster.IntegrityTable.decode(reader, reader.size(), $undefined, _depth + 1, message.integrityTable);
                            message.body = "integrityTable";
                            continue;
                        }
                    case 53: {
                            if (wireType !== 2)
                                break;
                            message.integrityPlan = $root.warden.cluster.IntegrityPlan.decode(reader, reader.size(), $undefined, _depth + 1, message.integrityPlan);
                            message.body = "integrityPlan";
                            continue;
                        }
                    case 54: {
                            if (wireType !== 2)
                                break;
                            message.integrityFetch = $root.warden.cluster.IntegrityFetch.decode(reader, reader.size(), $undefined, _depth + 1, message.integrityFetch);
                            message.body = "integrityFetch";
                            continue;
                        }
                    case 55: {
                            if (wireType !== 2)
                                break;
                            message.integrityFetched = $root.warden.cluster.IntegrityFetched.decode(reader, reader.size(), $undefined, _depth + 1, message.integrityFetched);
                            message.body = "integrityFetched";
                            continue;
                        }
                    case 56: {
                            if (wireType !== 2)
                                break;
                            message.integrityResult = $root.warden.cluster.IntegrityResult.decode(reader, reader.size(), $undefined, _depth + 1, message.integrityResult);
                            message.body = "integrityResult";
                            continue;
                        }
                    case 57: {
                            if (wireType !== 2)
                                break;
                            message.integrityChanged = $root.warden.cluster.IntegrityChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.integrityChanged);
                            message.body = "integrityChanged";
                            continue;
                        }
                    case 58: {
                            if (wireType !== 2)
                                break;
                            message.integrityAck = $root.warden.cluster.IntegrityAck.decode(reader, reader.size(), $undefined, _depth + 1, message.integrityAck);
                            message.body = "integrityAck";
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.workerLeaving = $root.warden.cluster.WorkerLeaving.decode(reader, reader.size(), $undefined, _depth + 1, message.workerLeaving);
                            message.body = "workerLeaving";
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            message.workerLeft = $root.warden.cluster.WorkerLeft.decode(reader, reader.size(), $undefined, _depth + 1, message.workerLeft);
                            message.body = "workerLeft";
                            continue;
                        }
                    case 62: {
                            if (wireType !== 2)
                                break;
                            message.moveAgents = $root.warden.cluster.MoveAgents.decode(reader, reader.size(), $undefined, _depth + 1, message.moveAgents);
                            message.body = "moveAgents";
                            continue;
                        }
                    case 63: {
                            if (wireType !== 2)
                                break;
                            message.moveAgentsAccepted = $root.warden.cluster.MoveAgentsAccepted.decode(reader, reader.size(), $undefined, _depth + 1, message.moveAgentsAccepted);
                            message.body = "moveAgentsAccepted";
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
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.Envelope & warden.cluster.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof warden.cluster.Envelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                    if (!$util.isInteger(message.replyTo))
                        return "replyTo: integer expected";
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.Hello.verify(message.hello, _depth + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.helloAccepted != null && $Object.hasOwnProperty.call(message, "helloAccepted")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.HelloAccepted.verify(message.helloAccepted, _depth + 1);
                        if (error)
                            return "helloAccepted." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.ErrorReply.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.keepAlive != null && $Object.hasOwnProperty.call(message, "keepAlive")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.KeepAlive.verify(message.keepAlive, _depth + 1);
                        if (error)
                            return "keepAlive." + error;
                    }
                }
                if (message.keepAliveAck != null && $Object.hasOwnProperty.call(message, "keepAliveAck")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.KeepAliveAck.verify(message.keepAliveAck, _depth + 1);
                        if (error)
                            return "keepAliveAck." + error;
                    }
                }
                if (message.controlRequest != null && $Object.hasOwnProperty.call(message, "controlRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.ControlRequest.verify(message.controlRequest, _depth + 1);
                        if (error)
                            return "controlRequest." + error;
                    }
                }
                if (message.controlResponse != null && $Object.hasOwnProperty.call(message, "controlResponse")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.ControlResponse.verify(message.controlResponse, _depth + 1);
                        if (error)
                            return "controlResponse." + error;
                    }
                }
                if (message.nodeControlRequest != null && $Object.hasOwnProperty.call(message, "nodeControlRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.NodeControlRequest.verify(message.nodeControlRequest, _depth + 1);
                        if (error)
                            return "nodeControlRequest." + error;
                    }
                }
                if (message.notLeader != null && $Object.hasOwnProperty.call(message, "notLeader")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.NotLeader.verify(message.notLeader, _depth + 1);
                        if (error)
                            return "notLeader." + error;
                    }
                }
                if (message.streamOpen != null && $Object.hasOwnProperty.call(message, "streamOpen")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.StreamOpen.verify(message.streamOpen, _depth + 1);
                        if (error)
                            return "streamOpen." + error;
                    }
                }
                if (message.streamChunk != null && $Object.hasOwnProperty.call(message, "streamChunk")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.StreamChunk.verify(message.streamChunk, _depth + 1);
                        if (error)
                            return "streamChunk." + error;
                    }
                }
                if (message.streamCredit != null && $Object.hasOwnProperty.call(message, "streamCredit")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.StreamCredit.verify(message.streamCredit, _depth + 1);
                        if (error)
                            return "streamCredit." + error;
                    }
                }
                if (message.streamEnd != null && $Object.hasOwnProperty.call(message, "streamEnd")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.StreamEnd.verify(message.streamEnd, _depth + 1);
                        if (error)
                            return "streamEnd." + error;
                    }
                }
                if (message.streamAbort != null && $Object.hasOwnProperty.call(message, "streamAbort")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.StreamAbort.verify(message.streamAbort, _depth + 1);
                        if (error)
                            return "streamAbort." + error;
                    }
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.Ping.verify(message.ping, _depth + 1);
                        if (error)
                            return "ping." + error;
                    }
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.Pong.verify(message.pong, _depth + 1);
                        if (error)
                            return "pong." + error;
                    }
                }
                if (message.agentInfoBatch != null && $Object.hasOwnProperty.call(message, "agentInfoBatch")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.AgentInfoBatch.verify(message.agentInfoBatch, _depth + 1);
                        if (error)
                            return "agentInfoBatch." + error;
                    }
                }
                if (message.agentInfoAck != null && $Object.hasOwnProperty.call(message, "agentInfoAck")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.AgentInfoAck.verify(message.agentInfoAck, _depth + 1);
                        if (error)
                            return "agentInfoAck." + error;
                    }
                }
                if (message.registryStateRequest != null && $Object.hasOwnProperty.call(message, "registryStateRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.RegistryStateRequest.verify(message.registryStateRequest, _depth + 1);
                        if (error)
                            return "registryStateRequest." + error;
                    }
                }
                if (message.registryState != null && $Object.hasOwnProperty.call(message, "registryState")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.RegistryState.verify(message.registryState, _depth + 1);
                        if (error)
                            return "registryState." + error;
                    }
                }
                if (message.registryUpdate != null && $Object.hasOwnProperty.call(message, "registryUpdate")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.RegistryUpdate.verify(message.registryUpdate, _depth + 1);
                        if (error)
                            return "registryUpdate." + error;
                    }
                }
                if (message.integrityCheck != null && $Object.hasOwnProperty.call(message, "integrityCheck")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.IntegrityCheck.verify(message.integrityCheck, _depth + 1);
                        if (error)
                            return "integrityCheck." + error;
                    }
                }
                if (message.integrityStatus != null && $Object.hasOwnProperty.call(message, "integrityStatus")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.IntegrityStatus.verify(message.integrityStatus, _depth + 1);
                        if (error)
                            return "integrityStatus." + error;
                    }
                }
                if (message.integrityTable != null && $Object.hasOwnProperty.call(message, "integrityTable")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.IntegrityTable.verify(message.integrityTable, _depth + 1);
                        if (error)
                            return "integrityTable." + error;
                    }
                }
                if (message.integrityPlan != null && $Object.hasOwnProperty.call(message, "integrityPlan")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.IntegrityPlan.verify(message.integrityPlan, _depth + 1);
                        if (error)
                            return "integrityPlan." + error;
                    }
                }
                if (message.integrityFetch != null && $Object.hasOwnProperty.call(message, "integrityFetch")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.IntegrityFetch.verify(message.integrityFetch, _depth + 1);
                        if (error)
                            return "integrityFetch." + error;
                    }
                }
                if (message.integrityFetched != null && $Object.hasOwnProperty.call(message, "integrityFetched")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.IntegrityFetched.verify(message.integrityFetched, _depth + 1);
                        if (error)
                            return "integrityFetched." + error;
                    }
                }
                if (message.integrityResult != null && $Object.hasOwnProperty.call(message, "integrityResult")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.IntegrityResult.verify(message.integrityResult, _depth + 1);
                        if (error)
                            return "integrityResult." + error;
                    }
                }
                if (message.integrityChanged != null && $Object.hasOwnProperty.call(message, "integrityChanged")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.IntegrityChanged.verify(message.integrityChanged, _depth + 1);
                        if (error)
                            return "integrityChanged." + error;
                    }
                }
                if (message.integrityAck != null && $Object.hasOwnProperty.call(message, "integrityAck")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.IntegrityAck.verify(message.integrityAck, _depth + 1);
                        if (error)
                            return "integrityAck." + error;
                    }
                }
                if (message.workerLeaving != null && $Object.hasOwnProperty.call(message, "workerLeaving")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.WorkerLeaving.verify(message.workerLeaving, _depth + 1);
                        if (error)
                            return "workerLeaving." + error;
                    }
                }
                if (message.workerLeft != null && $Object.hasOwnProperty.call(message, "workerLeft")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.WorkerLeft.verify(message.workerLeft, _depth + 1);
                        if (error)
                            return "workerLeft." + error;
                    }
                }
                if (message.moveAgents != null && $Object.hasOwnProperty.call(message, "moveAgents")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.MoveAgents.verify(message.moveAgents, _depth + 1);
                        if (error)
                            return "moveAgents." + error;
                    }
                }
                if (message.moveAgentsAccepted != null && $Object.hasOwnProperty.call(message, "moveAgentsAccepted")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.warden.cluster.MoveAgentsAccepted.verify(message.moveAgentsAccepted, _depth + 1);
                        if (error)
                            return "moveAgentsAccepted." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.Envelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.Envelope} Envelope
             */
            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.Envelope();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.replyTo != null)
                    if ($Number(object.replyTo) !== 0)
                        message.replyTo = object.replyTo >>> 0;
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".warden.cluster.Envelope.hello: object expected");
                    message.hello = $root.warden.cluster.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.helloAccepted != null) {
                    if (!$util.isObject(object.helloAccepted))
                        throw $TypeError(".warden.cluster.Envelope.helloAccepted: object expected");
                    message.helloAccepted = $root.warden.cluster.HelloAccepted.fromObject(object.helloAccepted, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".warden.cluster.Envelope.error: object expected");
                    message.error = $root.warden.cluster.ErrorReply.fromObject(object.error, _depth + 1);
                }
                if (object.keepAlive != null) {
                    if (!$util.isObject(object.keepAlive))
                        throw $TypeError(".warden.cluster.Envelope.keepAlive: object expected");
                    message.keepAlive = $root.warden.cluster.KeepAlive.fromObject(object.keepAlive, _depth + 1);
                }
                if (object.keepAliveAck != null) {
                    if (!$util.isObject(object.keepAliveAck))
                        throw $TypeError(".warden.cluster.Envelope.keepAliveAck: object expected");
                    message.keepAliveAck = $root.warden.cluster.KeepAliveAck.fromObject(object.keepAliveAck, _depth + 1);
                }
                if (object.controlRequest != null) {
                    if (!$util.isObject(object.controlRequest))
                        throw $TypeError(".warden.cluster.Envelope.controlRequest: object expected");
                    message.controlRequest = $root.warden.cluster.ControlRequest.fromObject(object.controlRequest, _depth + 1);
                }
                if (object.controlResponse != null) {
                    if (!$util.isObject(object.controlResponse))
                        throw $TypeError(".warden.cluster.Envelope.controlResponse: object expected");
                    message.controlResponse = $root.warden.cluster.ControlResponse.fromObject(object.controlResponse, _depth + 1);
                }
                if (object.nodeControlRequest != null) {
                    if (!$util.isObject(object.nodeControlRequest))
                        throw $TypeError(".warden.cluster.Envelope.nodeControlRequest: object expected");
                    message.nodeControlRequest = $root.warden.cluster.NodeControlRequest.fromObject(object.nodeControlRequest, _depth + 1);
                }
                if (object.notLeader != null) {
                    if (!$util.isObject(object.notLeader))
                        throw $TypeError(".warden.cluster.Envelope.notLeader: object expected");
                    message.notLeader = $root.warden.cluster.NotLeader.fromObject(object.notLeader, _depth + 1);
                }
                if (object.streamOpen != null) {
                    if (!$util.isObject(object.streamOpen))
                        throw $TypeError(".warden.cluster.Envelope.streamOpen: object expected");
                    message.streamOpen = $root.warden.cluster.StreamOpen.fromObject(object.streamOpen, _depth + 1);
                }
                if (object.streamChunk != null) {
                    if (!$util.isObject(object.streamChunk))
                        throw $TypeError(".warden.cluster.Envelope.streamChunk: object expected");
                    message.streamChunk = $root.warden.cluster.StreamChunk.fromObject(object.streamChunk, _depth + 1);
                }
                if (object.streamCredit != null) {
                    if (!$util.isObject(object.streamCredit))
                        throw $TypeError(".warden.cluster.Envelope.streamCredit: object expected");
                    message.streamCredit = $root.warden.cluster.StreamCredit.fromObject(object.streamCredit, _depth + 1);
                }
                if (object.streamEnd != null) {
                    if (!$util.isObject(object.streamEnd))
                        throw $TypeError(".warden.cluster.Envelope.streamEnd: object expected");
                    message.streamEnd = $root.warden.cluster.StreamEnd.fromObject(object.streamEnd, _depth + 1);
                }
                if (object.streamAbort != null) {
                    if (!$util.isObject(object.streamAbort))
                        throw $TypeError(".warden.cluster.Envelope.streamAbort: object expected");
                    message.streamAbort = $root.warden.cluster.StreamAbort.fromObject(object.streamAbort, _depth + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".warden.cluster.Envelope.ping: object expected");
                    message.ping = $root.warden.cluster.Ping.fromObject(object.ping, _depth + 1);
                }
                if (object.pong != null) {
                    if (!$util.isObject(object.pong))
                        throw $TypeError(".warden.cluster.Envelope.pong: object expected");
                    message.pong = $root.warden.cluster.Pong.fromObject(object.pong, _depth + 1);
                }
                if (object.agentInfoBatch != null) {
                    if (!$util.isObject(object.agentInfoBatch))
                        throw $TypeError(".warden.cluster.Envelope.agentInfoBatch: object expected");
                    message.agentInfoBatch = $root.warden.cluster.AgentInfoBatch.fromObject(object.agentInfoBatch, _depth + 1);
                }
                if (object.agentInfoAck != null) {
                    if (!$util.isObject(object.agentInfoAck))
                        throw $TypeError(".warden.cluster.Envelope.agentInfoAck: object expected");
                    message.agentInfoAck = $root.warden.cluster.AgentInfoAck.fromObject(object.agentInfoAck, _depth + 1);
                }
                if (object.registryStateRequest != null) {
                    if (!$util.isObject(object.registryStateRequest))
                        throw $TypeError(".warden.cluster.Envelope.registryStateRequest: object expected");
                    message.registryStateRequest = $root.warden.cluster.RegistryStateRequest.fromObject(object.registryStateRequest, _depth + 1);
                }
                if (object.registryState != null) {
                    if (!$util.isObject(object.registryState))
                        throw $TypeError(".warden.cluster.Envelope.registryState: object expected");
                    message.registryState = $root.warden.cluster.RegistryState.fromObject(object.registryState, _depth + 1);
                }
                if (object.registryUpdate != null) {
                    if (!$util.isObject(object.registryUpdate))
                        throw $TypeError(".warden.cluster.Envelope.registryUpdate: object expected");
                    message.registryUpdate = $root.warden.cluster.RegistryUpdate.fromObject(object.registryUpdate, _depth + 1);
                }
                if (object.integrityCheck != null) {
                    if (!$util.isObject(object.integrityCheck))
                        throw $TypeError(".warden.cluster.Envelope.integrityCheck: object expected");
                    message.integrityCheck = $root.warden.cluster.IntegrityCheck.fromObject(object.integrityCheck, _depth + 1);
                }
                if (object.integrityStatus != null) {
                    if (!$util.isObject(object.integrityStatus))
                        throw $TypeError(".warden.cluster.Envelope.integrityStatus: object expected");
                    message.integrityStatus = $root.warden.cluster.IntegrityStatus.fromObject(object.integrityStatus, _depth + 1);
                }
                if (object.integrityTable != null) {
                    if (!$util.isObject(object.integrityTable))
                        throw $TypeError(".warden.cluster.Envelope.integrityTable: object expected");
                    message.integrityTable = $root.warden.cluster.IntegrityTable.fromObject(object.integrityTable, _depth + 1);
                }
                if (object.integrityPlan != null) {
                    if (!$util.isObject(object.integrityPlan))
                        throw $TypeError(".warden.cluster.Envelope.integrityPlan: object expected");
                    message.integrityPlan = $root.warden.cluster.IntegrityPlan.fromObject(object.integrityPlan, _depth + 1);
                }
                if (object.integrityFetch != null) {
                    if (!$util.isObject(object.integrityFetch))
                        throw $TypeError(".warden.cluster.Envelope.integrityFetch: object expected");
                    message.integrityFetch = $root.warden.cluster.IntegrityFetch.fromObject(object.integrityFetch, _depth + 1);
                }
                if (object.integrityFetched != null) {
                    if (!$util.isObject(object.integrityFetched))
                        throw $TypeError(".warden.cluster.Envelope.integrityFetched: object expected");
                    message.integrityFetched = $root.warden.cluster.IntegrityFetched.fromObject(object.integrityFetched, _depth + 1);
                }
                if (object.integrityResult != null) {
                    if (!$util.isObject(object.integrityResult))
                        throw $TypeError(".warden.cluster.Envelope.integrityResult: object expected");
                    message.integrityResult = $root.warden.cluster.IntegrityResult.fromObject(object.integrityResult, _depth + 1);
                }
                if (object.integrityChanged != null) {
                    if (!$util.isObject(object.integrityChanged))
                        throw $TypeError(".warden.cluster.Envelope.integrityChanged: object expected");
                    message.integrityChanged = $root.warden.cluster.IntegrityChanged.fromObject(object.integrityChanged, _depth + 1);
                }
                if (object.integrityAck != null) {
                    if (!$util.isObject(object.integrityAck))
                        throw $TypeError(".warden.cluster.Envelope.integrityAck: object expected");
                    message.integrityAck = $root.warden.cluster.IntegrityAck.fromObject(object.integrityAck, _depth + 1);
                }
                if (object.workerLeaving != null) {
                    if (!$util.isObject(object.workerLeaving))
                        throw $TypeError(".warden.cluster.Envelope.workerLeaving: object expected");
                    message.workerLeaving = $root.warden.cluster.WorkerLeaving.fromObject(object.workerLeaving, _depth + 1);
                }
                if (object.workerLeft != null) {
                    if (!$util.isObject(object.workerLeft))
                        throw $TypeError(".warden.cluster.Envelope.workerLeft: object expected");
                    message.workerLeft = $root.warden.cluster.WorkerLeft.fromObject(object.workerLeft, _depth + 1);
                }
                if (object.moveAgents != null) {
                    if (!$util.isObject(object.moveAgents))
                        throw $TypeError(".warden.cluster.Envelope.moveAgents: object expected");
                    message.moveAgents = $root.warden.cluster.MoveAgents.fromObject(object.moveAgents, _depth + 1);
                }
                if (object.moveAgentsAccepted != null) {
                    if (!$util.isObject(object.moveAgentsAccepted))
                        throw $TypeError(".warden.cluster.Envelope.moveAgentsAccepted: object expected");
                    message.moveAgentsAccepted = $root.warden.cluster.MoveAgentsAccepted.fromObject(object.moveAgentsAccepted, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.Envelope
             * @static
             * @param {warden.cluster.Envelope} message Envelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.replyTo = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                    object.replyTo = message.replyTo;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.warden.cluster.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.helloAccepted != null && $Object.hasOwnProperty.call(message, "helloAccepted")) {
                    object.helloAccepted = $root.warden.cluster.HelloAccepted.toObject(message.helloAccepted, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "helloAccepted";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.warden.cluster.ErrorReply.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                if (message.keepAlive != null && $Object.hasOwnProperty.call(message, "keepAlive")) {
                    object.keepAlive = $root.warden.cluster.KeepAlive.toObject(message.keepAlive, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "keepAlive";
                }
                if (message.keepAliveAck != null && $Object.hasOwnProperty.call(message, "keepAliveAck")) {
                    object.keepAliveAck = $root.warden.cluster.KeepAliveAck.toObject(message.keepAliveAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "keepAliveAck";
                }
                if (message.controlRequest != null && $Object.hasOwnProperty.call(message, "controlRequest")) {
                    object.controlRequest = $root.warden.cluster.ControlRequest.toObject(message.controlRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "controlRequest";
                }
                if (message.controlResponse != null && $Object.hasOwnProperty.call(message, "controlResponse")) {
                    object.controlResponse = $root.warden.cluster.ControlResponse.toObject(message.controlResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "controlResponse";
                }
                if (message.nodeControlRequest != null && $Object.hasOwnProperty.call(message, "nodeControlRequest")) {
                    object.nodeControlRequest = $root.warden.cluster.NodeControlRequest.toObject(message.nodeControlRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "nodeControlRequest";
                }
                if (message.notLeader != null && $Object.hasOwnProperty.call(message, "notLeader")) {
                    object.notLeader = $root.warden.cluster.NotLeader.toObject(message.notLeader, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "notLeader";
                }
                if (message.streamOpen != null && $Object.hasOwnProperty.call(message, "streamOpen")) {
                    object.streamOpen = $root.warden.cluster.StreamOpen.toObject(message.streamOpen, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "streamOpen";
                }
                if (message.streamChunk != null && $Object.hasOwnProperty.call(message, "streamChunk")) {
                    object.streamChunk = $root.warden.cluster.StreamChunk.toObject(message.streamChunk, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "streamChunk";
                }
                if (message.streamCredit != null && $Object.hasOwnProperty.call(message, "streamCredit")) {
                    object.streamCredit = $root.warden.cluster.StreamCredit.toObject(message.streamCredit, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "streamCredit";
                }
                if (message.streamEnd != null && $Object.hasOwnProperty.call(message, "streamEnd")) {
                    object.streamEnd = $root.warden.cluster.StreamEnd.toObject(message.streamEnd, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "streamEnd";
                }
                if (message.streamAbort != null && $Object.hasOwnProperty.call(message, "streamAbort")) {
                    object.streamAbort = $root.warden.cluster.StreamAbort.toObject(message.streamAbort, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "streamAbort";
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.warden.cluster.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ping";
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    object.pong = $root.warden.cluster.Pong.toObject(message.pong, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "pong";
                }
                if (message.agentInfoBatch != null && $Object.hasOwnProperty.call(message, "agentInfoBatch")) {
                    object.agentInfoBatch = $root.warden.cluster.AgentInfoBatch.toObject(message.agentInfoBatch, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "agentInfoBatch";
                }
                if (message.agentInfoAck != null && $Object.hasOwnProperty.call(message, "agentInfoAck")) {
                    object.agentInfoAck = $root.warden.cluster.AgentInfoAck.toObject(message.agentInfoAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "agentInfoAck";
                }
                if (message.registryStateRequest != null && $Object.hasOwnProperty.call(message, "registryStateRequest")) {
                    object.registryStateRequest = $root.warden.cluster.RegistryStateRequest.toObject(message.registryStateRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "registryStateRequest";
                }
                if (message.registryState != null && $Object.hasOwnProperty.call(message, "registryState")) {
                    object.registryState = $root.warden.cluster.RegistryState.toObject(message.registryState, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "registryState";
                }
                if (message.registryUpdate != null && $Object.hasOwnProperty.call(message, "registryUpdate")) {
                    object.registryUpdate = $root.warden.cluster.RegistryUpdate.toObject(message.registryUpdate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "registryUpdate";
                }
                if (message.integrityCheck != null && $Object.hasOwnProperty.call(message, "integrityCheck")) {
                    object.integrityCheck = $root.warden.cluster.IntegrityCheck.toObject(message.integrityCheck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "integrityCheck";
                }
                if (message.integrityStatus != null && $Object.hasOwnProperty.call(message, "integrityStatus")) {
                    object.integrityStatus = $root.warden.cluster.IntegrityStatus.toObject(message.integrityStatus, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "integrityStatus";
                }
                if (message.integrityTable != null && $Object.hasOwnProperty.call(message, "integrityTable")) {
                    object.integrityTable = $root.warden.cluster.IntegrityTable.toObject(message.integrityTable, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "integrityTable";
                }
                if (message.integrityPlan != null && $Object.hasOwnProperty.call(message, "integrityPlan")) {
                    object.integrityPlan = $root.warden.cluster.IntegrityPlan.toObject(message.integrityPlan, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "integrityPlan";
                }
                if (message.integrityFetch != null && $Object.hasOwnProperty.call(message, "integrityFetch")) {
                    object.integrityFetch = $root.warden.cluster.IntegrityFetch.toObject(message.integrityFetch, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "integrityFetch";
                }
                if (message.integrityFetched != null && $Object.hasOwnProperty.call(message, "integrityFetched")) {
                    object.integrityFetched = $root.warden.cluster.IntegrityFetched.toObject(message.integrityFetched, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "integrityFetched";
                }
                if (message.integrityResult != null && $Object.hasOwnProperty.call(message, "integrityResult")) {
                    object.integrityResult = $root.warden.cluster.IntegrityResult.toObject(message.integrityResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "integrityResult";
                }
                if (message.integrityChanged != null && $Object.hasOwnProperty.call(message, "integrityChanged")) {
                    object.integrityChanged = $root.warden.cluster.IntegrityChanged.toObject(message.integrityChanged, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "integrityChanged";
                }
                if (message.integrityAck != null && $Object.hasOwnProperty.call(message, "integrityAck")) {
                    object.integrityAck = $root.warden.cluster.IntegrityAck.toObject(message.integrityAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "integrityAck";
                }
                if (message.workerLeaving != null && $Object.hasOwnProperty.call(message, "workerLeaving")) {
                    object.workerLeaving = $root.warden.cluster.WorkerLeaving.toObject(message.workerLeaving, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "workerLeaving";
                }
                if (message.workerLeft != null && $Object.hasOwnProperty.call(message, "workerLeft")) {
                    object.workerLeft = $root.warden.cluster.WorkerLeft.toObject(message.workerLeft, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "workerLeft";
                }
                if (message.moveAgents != null && $Object.hasOwnProperty.call(message, "moveAgents")) {
                    object.moveAgents = $root.warden.cluster.MoveAgents.toObject(message.moveAgents, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "moveAgents";
                }
                if (message.moveAgentsAccepted != null && $Object.hasOwnProperty.call(message, "moveAgentsAccepted")) {
                    object.moveAgentsAccepted = $root.warden.cluster.MoveAgentsAccepted.toObject(message.moveAgentsAccepted, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "moveAgentsAccepted";
                }
                return object;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof warden.cluster.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof warden.cluster.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.Envelope";
            };

            return Envelope;
        })();

        cluster.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} warden.cluster.Hello.$Properties
             * @property {string|null} [clusterName] Hello clusterName
             * @property {string|null} [nodeName] Hello nodeName
             * @property {string|null} [nodeType] Hello nodeType
             * @property {string|null} [version] Hello version
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {string|null} [address] Hello address
             * @property {number|null} [knownEpoch] Hello knownEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof warden.cluster
             * @interface IHello
             * @augments warden.cluster.Hello.$Properties
             * @deprecated Use warden.cluster.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {warden.cluster.Hello.$Properties} warden.cluster.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof warden.cluster
             * @classdesc Represents a Hello.
             * @constructor
             * @param {warden.cluster.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Hello = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello clusterName.
             * @member {string} clusterName
             * @memberof warden.cluster.Hello
             * @instance
             */
            Hello.prototype.clusterName = "";

            /**
             * Hello nodeName.
             * @member {string} nodeName
             * @memberof warden.cluster.Hello
             * @instance
             */
            Hello.prototype.nodeName = "";

            /**
             * Hello nodeType.
             * @member {string} nodeType
             * @memberof warden.cluster.Hello
             * @instance
             */
            Hello.prototype.nodeType = "";

            /**
             * Hello version.
             * @member {string} version
             * @memberof warden.cluster.Hello
             * @instance
             */
            Hello.prototype.version = "";

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof warden.cluster.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello address.
             * @member {string} address
             * @memberof warden.cluster.Hello
             * @instance
             */
            Hello.prototype.address = "";

            /**
             * Hello knownEpoch.
             * @member {number} knownEpoch
             * @memberof warden.cluster.Hello
             * @instance
             */
            Hello.prototype.knownEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof warden.cluster.Hello
             * @static
             * @param {warden.cluster.Hello.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.Hello} Hello instance
             * @type {{
             *   (properties: warden.cluster.Hello.$Shape): warden.cluster.Hello & warden.cluster.Hello.$Shape;
             *   (properties?: warden.cluster.Hello.$Properties): warden.cluster.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link warden.cluster.Hello.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.Hello
             * @static
             * @param {warden.cluster.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName") && message.clusterName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clusterName);
                if (message.nodeName != null && $Object.hasOwnProperty.call(message, "nodeName") && message.nodeName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.nodeName);
                if (message.nodeType != null && $Object.hasOwnProperty.call(message, "nodeType") && message.nodeType !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.nodeType);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.version);
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.protocolVersion);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.address);
                if (message.knownEpoch != null && $Object.hasOwnProperty.call(message, "knownEpoch") && (typeof message.knownEpoch === "object" ? message.knownEpoch.low || message.knownEpoch.high : message.knownEpoch !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.knownEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link warden.cluster.Hello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.Hello
             * @static
             * @param {warden.cluster.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.Hello & warden.cluster.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.Hello();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterName = value;
                            else
                                delete message.clusterName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeName = value;
                            else
                                delete message.nodeName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeType = value;
                            else
                                delete message.nodeType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.knownEpoch = value;
                            else
                                delete message.knownEpoch;
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
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.Hello & warden.cluster.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof warden.cluster.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName"))
                    if (!$util.isString(message.clusterName))
                        return "clusterName: string expected";
                if (message.nodeName != null && $Object.hasOwnProperty.call(message, "nodeName"))
                    if (!$util.isString(message.nodeName))
                        return "nodeName: string expected";
                if (message.nodeType != null && $Object.hasOwnProperty.call(message, "nodeType"))
                    if (!$util.isString(message.nodeType))
                        return "nodeType: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isString(message.address))
                        return "address: string expected";
                if (message.knownEpoch != null && $Object.hasOwnProperty.call(message, "knownEpoch"))
                    if (!$util.isInteger(message.knownEpoch) && !(message.knownEpoch && $util.isInteger(message.knownEpoch.low) && $util.isInteger(message.knownEpoch.high)))
                        return "knownEpoch: integer|Long expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.Hello();
                if (object.clusterName != null)
                    if (typeof object.clusterName !== "string" || object.clusterName.length)
                        message.clusterName = $String(object.clusterName);
                if (object.nodeName != null)
                    if (typeof object.nodeName !== "string" || object.nodeName.length)
                        message.nodeName = $String(object.nodeName);
                if (object.nodeType != null)
                    if (typeof object.nodeType !== "string" || object.nodeType.length)
                        message.nodeType = $String(object.nodeType);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                if (object.knownEpoch != null)
                    if (typeof object.knownEpoch === "object" ? object.knownEpoch.low || object.knownEpoch.high : $Number(object.knownEpoch) !== 0)
                        if ($util.Long)
                            message.knownEpoch = $util.Long.fromValue(object.knownEpoch, true);
                        else if (typeof object.knownEpoch === "string")
                            message.knownEpoch = $parseInt(object.knownEpoch, 10);
                        else if (typeof object.knownEpoch === "number")
                            message.knownEpoch = object.knownEpoch;
                        else if (typeof object.knownEpoch === "object")
                            message.knownEpoch = new $util.LongBits(object.knownEpoch.low >>> 0, object.knownEpoch.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.Hello
             * @static
             * @param {warden.cluster.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.clusterName = "";
                    object.nodeName = "";
                    object.nodeType = "";
                    object.version = "";
                    object.protocolVersion = 0;
                    object.address = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.knownEpoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.knownEpoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName"))
                    object.clusterName = message.clusterName;
                if (message.nodeName != null && $Object.hasOwnProperty.call(message, "nodeName"))
                    object.nodeName = message.nodeName;
                if (message.nodeType != null && $Object.hasOwnProperty.call(message, "nodeType"))
                    object.nodeType = message.nodeType;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.knownEpoch != null && $Object.hasOwnProperty.call(message, "knownEpoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.knownEpoch = typeof message.knownEpoch === "number" ? $BigInt(message.knownEpoch) : $util.Long.fromBits(message.knownEpoch.low >>> 0, message.knownEpoch.high >>> 0, true).toBigInt();
                    else if (typeof message.knownEpoch === "number")
                        object.knownEpoch = options.longs === $String ? $String(message.knownEpoch) : message.knownEpoch;
                    else
                        object.knownEpoch = options.longs === $String ? $util.Long.prototype.toString.call(message.knownEpoch) : options.longs === $Number ? new $util.LongBits(message.knownEpoch.low >>> 0, message.knownEpoch.high >>> 0).toNumber(true) : message.knownEpoch;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof warden.cluster.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof warden.cluster.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.Hello";
            };

            return Hello;
        })();

        cluster.HelloAccepted = (function() {

            /**
             * Properties of a HelloAccepted.
             * @typedef {Object} warden.cluster.HelloAccepted.$Properties
             * @property {string|null} [masterName] HelloAccepted masterName
             * @property {string|null} [version] HelloAccepted version
             * @property {number|null} [epoch] HelloAccepted epoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloAccepted.
             * @memberof warden.cluster
             * @interface IHelloAccepted
             * @augments warden.cluster.HelloAccepted.$Properties
             * @deprecated Use warden.cluster.HelloAccepted.$Properties instead.
             */

            /**
             * Shape of a HelloAccepted.
             * @typedef {warden.cluster.HelloAccepted.$Properties} warden.cluster.HelloAccepted.$Shape
             */

            /**
             * Constructs a new HelloAccepted.
             * @memberof warden.cluster
             * @classdesc Represents a HelloAccepted.
             * @constructor
             * @param {warden.cluster.HelloAccepted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HelloAccepted = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloAccepted masterName.
             * @member {string} masterName
             * @memberof warden.cluster.HelloAccepted
             * @instance
             */
            HelloAccepted.prototype.masterName = "";

            /**
             * HelloAccepted version.
             * @member {string} version
             * @memberof warden.cluster.HelloAccepted
             * @instance
             */
            HelloAccepted.prototype.version = "";

            /**
             * HelloAccepted epoch.
             * @member {number} epoch
             * @memberof warden.cluster.HelloAccepted
             * @instance
             */
            HelloAccepted.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HelloAccepted instance using the specified properties.
             * @function create
             * @memberof warden.cluster.HelloAccepted
             * @static
             * @param {warden.cluster.HelloAccepted.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.HelloAccepted} HelloAccepted instance
             * @type {{
             *   (properties: warden.cluster.HelloAccepted.$Shape): warden.cluster.HelloAccepted & warden.cluster.HelloAccepted.$Shape;
             *   (properties?: warden.cluster.HelloAccepted.$Properties): warden.cluster.HelloAccepted;
             * }}
             */
            HelloAccepted.create = function(properties) {
                return new HelloAccepted(properties);
            };

            /**
             * Encodes the specified HelloAccepted message. Does not implicitly {@link warden.cluster.HelloAccepted.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.HelloAccepted
             * @static
             * @param {warden.cluster.HelloAccepted.$Properties} message HelloAccepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloAccepted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.masterName != null && $Object.hasOwnProperty.call(message, "masterName") && message.masterName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.masterName);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.epoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HelloAccepted message, length delimited. Does not implicitly {@link warden.cluster.HelloAccepted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.HelloAccepted
             * @static
             * @param {warden.cluster.HelloAccepted.$Properties} message HelloAccepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloAccepted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HelloAccepted message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.HelloAccepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.HelloAccepted & warden.cluster.HelloAccepted.$Shape} HelloAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloAccepted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.HelloAccepted();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.masterName = value;
                            else
                                delete message.masterName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
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
             * Decodes a HelloAccepted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.HelloAccepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.HelloAccepted & warden.cluster.HelloAccepted.$Shape} HelloAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloAccepted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HelloAccepted message.
             * @function verify
             * @memberof warden.cluster.HelloAccepted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HelloAccepted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.masterName != null && $Object.hasOwnProperty.call(message, "masterName"))
                    if (!$util.isString(message.masterName))
                        return "masterName: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                        return "epoch: integer|Long expected";
                return null;
            };

            /**
             * Creates a HelloAccepted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.HelloAccepted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.HelloAccepted} HelloAccepted
             */
            HelloAccepted.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.HelloAccepted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.HelloAccepted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.HelloAccepted();
                if (object.masterName != null)
                    if (typeof object.masterName !== "string" || object.masterName.length)
                        message.masterName = $String(object.masterName);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HelloAccepted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.HelloAccepted
             * @static
             * @param {warden.cluster.HelloAccepted} message HelloAccepted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HelloAccepted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.masterName = "";
                    object.version = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.masterName != null && $Object.hasOwnProperty.call(message, "masterName"))
                    object.masterName = message.masterName;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                return object;
            };

            /**
             * Converts this HelloAccepted to JSON.
             * @function toJSON
             * @memberof warden.cluster.HelloAccepted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HelloAccepted.prototype.toJSON = function() {
                return HelloAccepted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HelloAccepted
             * @function getTypeUrl
             * @memberof warden.cluster.HelloAccepted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloAccepted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.HelloAccepted";
            };

            return HelloAccepted;
        })();

        cluster.NotLeader = (function() {

            /**
             * Properties of a NotLeader.
             * @typedef {Object} warden.cluster.NotLeader.$Properties
             * @property {string|null} [reason] NotLeader reason
             * @property {string|null} [leaderName] NotLeader leaderName
             * @property {string|null} [leaderAddress] NotLeader leaderAddress
             * @property {number|null} [epoch] NotLeader epoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotLeader.
             * @memberof warden.cluster
             * @interface INotLeader
             * @augments warden.cluster.NotLeader.$Properties
             * @deprecated Use warden.cluster.NotLeader.$Properties instead.
             */

            /**
             * Shape of a NotLeader.
             * @typedef {warden.cluster.NotLeader.$Properties} warden.cluster.NotLeader.$Shape
             */

            /**
             * Constructs a new NotLeader.
             * @memberof warden.cluster
             * @classdesc Represents a NotLeader.
             * @constructor
             * @param {warden.cluster.NotLeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NotLeader = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotLeader reason.
             * @member {string} reason
             * @memberof warden.cluster.NotLeader
             * @instance
             */
            NotLeader.prototype.reason = "";

            /**
             * NotLeader leaderName.
             * @member {string} leaderName
             * @memberof warden.cluster.NotLeader
             * @instance
             */
            NotLeader.prototype.leaderName = "";

            /**
             * NotLeader leaderAddress.
             * @member {string} leaderAddress
             * @memberof warden.cluster.NotLeader
             * @instance
             */
            NotLeader.prototype.leaderAddress = "";

            /**
             * NotLeader epoch.
             * @member {number} epoch
             * @memberof warden.cluster.NotLeader
             * @instance
             */
            NotLeader.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new NotLeader instance using the specified properties.
             * @function create
             * @memberof warden.cluster.NotLeader
             * @static
             * @param {warden.cluster.NotLeader.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.NotLeader} NotLeader instance
             * @type {{
             *   (properties: warden.cluster.NotLeader.$Shape): warden.cluster.NotLeader & warden.cluster.NotLeader.$Shape;
             *   (properties?: warden.cluster.NotLeader.$Properties): warden.cluster.NotLeader;
             * }}
             */
            NotLeader.create = function(properties) {
                return new NotLeader(properties);
            };

            /**
             * Encodes the specified NotLeader message. Does not implicitly {@link warden.cluster.NotLeader.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.NotLeader
             * @static
             * @param {warden.cluster.NotLeader.$Properties} message NotLeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotLeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.leaderName != null && $Object.hasOwnProperty.call(message, "leaderName") && message.leaderName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.leaderName);
                if (message.leaderAddress != null && $Object.hasOwnProperty.call(message, "leaderAddress") && message.leaderAddress !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.leaderAddress);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.epoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotLeader message, length delimited. Does not implicitly {@link warden.cluster.NotLeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.NotLeader
             * @static
             * @param {warden.cluster.NotLeader.$Properties} message NotLeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotLeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotLeader message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.NotLeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.NotLeader & warden.cluster.NotLeader.$Shape} NotLeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotLeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.NotLeader();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaderName = value;
                            else
                                delete message.leaderName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaderAddress = value;
                            else
                                delete message.leaderAddress;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
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
             * Decodes a NotLeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.NotLeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.NotLeader & warden.cluster.NotLeader.$Shape} NotLeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotLeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotLeader message.
             * @function verify
             * @memberof warden.cluster.NotLeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotLeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.leaderName != null && $Object.hasOwnProperty.call(message, "leaderName"))
                    if (!$util.isString(message.leaderName))
                        return "leaderName: string expected";
                if (message.leaderAddress != null && $Object.hasOwnProperty.call(message, "leaderAddress"))
                    if (!$util.isString(message.leaderAddress))
                        return "leaderAddress: string expected";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                        return "epoch: integer|Long expected";
                return null;
            };

            /**
             * Creates a NotLeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.NotLeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.NotLeader} NotLeader
             */
            NotLeader.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.NotLeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.NotLeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.NotLeader();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.leaderName != null)
                    if (typeof object.leaderName !== "string" || object.leaderName.length)
                        message.leaderName = $String(object.leaderName);
                if (object.leaderAddress != null)
                    if (typeof object.leaderAddress !== "string" || object.leaderAddress.length)
                        message.leaderAddress = $String(object.leaderAddress);
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a NotLeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.NotLeader
             * @static
             * @param {warden.cluster.NotLeader} message NotLeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotLeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.reason = "";
                    object.leaderName = "";
                    object.leaderAddress = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.leaderName != null && $Object.hasOwnProperty.call(message, "leaderName"))
                    object.leaderName = message.leaderName;
                if (message.leaderAddress != null && $Object.hasOwnProperty.call(message, "leaderAddress"))
                    object.leaderAddress = message.leaderAddress;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                return object;
            };

            /**
             * Converts this NotLeader to JSON.
             * @function toJSON
             * @memberof warden.cluster.NotLeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotLeader.prototype.toJSON = function() {
                return NotLeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotLeader
             * @function getTypeUrl
             * @memberof warden.cluster.NotLeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotLeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.NotLeader";
            };

            return NotLeader;
        })();

        cluster.ErrorReply = (function() {

            /**
             * Properties of an ErrorReply.
             * @typedef {Object} warden.cluster.ErrorReply.$Properties
             * @property {string|null} [code] ErrorReply code
             * @property {string|null} [message] ErrorReply message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorReply.
             * @memberof warden.cluster
             * @interface IErrorReply
             * @augments warden.cluster.ErrorReply.$Properties
             * @deprecated Use warden.cluster.ErrorReply.$Properties instead.
             */

            /**
             * Shape of an ErrorReply.
             * @typedef {warden.cluster.ErrorReply.$Properties} warden.cluster.ErrorReply.$Shape
             */

            /**
             * Constructs a new ErrorReply.
             * @memberof warden.cluster
             * @classdesc Represents an ErrorReply.
             * @constructor
             * @param {warden.cluster.ErrorReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ErrorReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorReply code.
             * @member {string} code
             * @memberof warden.cluster.ErrorReply
             * @instance
             */
            ErrorReply.prototype.code = "";

            /**
             * ErrorReply message.
             * @member {string} message
             * @memberof warden.cluster.ErrorReply
             * @instance
             */
            ErrorReply.prototype.message = "";

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @function create
             * @memberof warden.cluster.ErrorReply
             * @static
             * @param {warden.cluster.ErrorReply.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.ErrorReply} ErrorReply instance
             * @type {{
             *   (properties: warden.cluster.ErrorReply.$Shape): warden.cluster.ErrorReply & warden.cluster.ErrorReply.$Shape;
             *   (properties?: warden.cluster.ErrorReply.$Properties): warden.cluster.ErrorReply;
             * }}
             */
            ErrorReply.create = function(properties) {
                return new ErrorReply(properties);
            };

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link warden.cluster.ErrorReply.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.ErrorReply
             * @static
             * @param {warden.cluster.ErrorReply.$Properties} message ErrorReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ErrorReply message, length delimited. Does not implicitly {@link warden.cluster.ErrorReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.ErrorReply
             * @static
             * @param {warden.cluster.ErrorReply.$Properties} message ErrorReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.ErrorReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.ErrorReply & warden.cluster.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.ErrorReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
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
             * Decodes an ErrorReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.ErrorReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.ErrorReply & warden.cluster.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ErrorReply message.
             * @function verify
             * @memberof warden.cluster.ErrorReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ErrorReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.ErrorReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.ErrorReply} ErrorReply
             */
            ErrorReply.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.ErrorReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.ErrorReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.ErrorReply();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.ErrorReply
             * @static
             * @param {warden.cluster.ErrorReply} message ErrorReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this ErrorReply to JSON.
             * @function toJSON
             * @memberof warden.cluster.ErrorReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorReply.prototype.toJSON = function() {
                return ErrorReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorReply
             * @function getTypeUrl
             * @memberof warden.cluster.ErrorReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.ErrorReply";
            };

            return ErrorReply;
        })();

        cluster.KeepAlive = (function() {

            /**
             * Properties of a KeepAlive.
             * @typedef {Object} warden.cluster.KeepAlive.$Properties
             * @property {number|null} [sentAtMs] KeepAlive sentAtMs
             * @property {Array.<warden.cluster.LoopState.$Properties>|null} [loops] KeepAlive loops
             * @property {string|null} [syncState] KeepAlive syncState
             * @property {boolean|null} [acceptingAgents] KeepAlive acceptingAgents
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeepAlive.
             * @memberof warden.cluster
             * @interface IKeepAlive
             * @augments warden.cluster.KeepAlive.$Properties
             * @deprecated Use warden.cluster.KeepAlive.$Properties instead.
             */

            /**
             * Shape of a KeepAlive.
             * @typedef {warden.cluster.KeepAlive.$Properties} warden.cluster.KeepAlive.$Shape
             */

            /**
             * Constructs a new KeepAlive.
             * @memberof warden.cluster
             * @classdesc Represents a KeepAlive.
             * @constructor
             * @param {warden.cluster.KeepAlive.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var KeepAlive = function (properties) {
                this.loops = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeepAlive sentAtMs.
             * @member {number} sentAtMs
             * @memberof warden.cluster.KeepAlive
             * @instance
             */
            KeepAlive.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * KeepAlive loops.
             * @member {Array.<warden.cluster.LoopState.$Properties>} loops
             * @memberof warden.cluster.KeepAlive
             * @instance
             */
            KeepAlive.prototype.loops = $util.emptyArray;

            /**
             * KeepAlive syncState.
             * @member {string} syncState
             * @memberof warden.cluster.KeepAlive
             * @instance
             */
            KeepAlive.prototype.syncState = "";

            /**
             * KeepAlive acceptingAgents.
             * @member {boolean} acceptingAgents
             * @memberof warden.cluster.KeepAlive
             * @instance
             */
            KeepAlive.prototype.acceptingAgents = false;

            /**
             * Creates a new KeepAlive instance using the specified properties.
             * @function create
             * @memberof warden.cluster.KeepAlive
             * @static
             * @param {warden.cluster.KeepAlive.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.KeepAlive} KeepAlive instance
             * @type {{
             *   (properties: warden.cluster.KeepAlive.$Shape): warden.cluster.KeepAlive & warden.cluster.KeepAlive.$Shape;
             *   (properties?: warden.cluster.KeepAlive.$Properties): warden.cluster.KeepAlive;
             * }}
             */
            KeepAlive.create = function(properties) {
                return new KeepAlive(properties);
            };

            /**
             * Encodes the specified KeepAlive message. Does not implicitly {@link warden.cluster.KeepAlive.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.KeepAlive
             * @static
             * @param {warden.cluster.KeepAlive.$Properties} message KeepAlive message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeepAlive.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sentAtMs);
                if (message.loops != null && message.loops.length)
                    for (var i = 0; i < message.loops.length; ++i)
                        $root.warden.cluster.LoopState.encode(message.loops[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.syncState != null && $Object.hasOwnProperty.call(message, "syncState") && message.syncState !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.syncState);
                if (message.acceptingAgents != null && $Object.hasOwnProperty.call(message, "acceptingAgents") && message.acceptingAgents !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.acceptingAgents);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified KeepAlive message, length delimited. Does not implicitly {@link warden.cluster.KeepAlive.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.KeepAlive
             * @static
             * @param {warden.cluster.KeepAlive.$Properties} message KeepAlive message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeepAlive.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a KeepAlive message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.KeepAlive
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.KeepAlive & warden.cluster.KeepAlive.$Shape} KeepAlive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeepAlive.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.KeepAlive();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.loops && message.loops.length))
                                message.loops = [];
                            message.loops.push($root.warden.cluster.LoopState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.syncState = value;
                            else
                                delete message.syncState;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.acceptingAgents = value;
                            else
                                delete message.acceptingAgents;
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
             * Decodes a KeepAlive message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.KeepAlive
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.KeepAlive & warden.cluster.KeepAlive.$Shape} KeepAlive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeepAlive.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a KeepAlive message.
             * @function verify
             * @memberof warden.cluster.KeepAlive
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KeepAlive.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (!$util.isInteger(message.sentAtMs) && !(message.sentAtMs && $util.isInteger(message.sentAtMs.low) && $util.isInteger(message.sentAtMs.high)))
                        return "sentAtMs: integer|Long expected";
                if (message.loops != null && $Object.hasOwnProperty.call(message, "loops")) {
                    if (!$Array.isArray(message.loops))
                        return "loops: array expected";
                    for (var i = 0; i < message.loops.length; ++i) {
                        var error = $root.warden.cluster.LoopState.verify(message.loops[i], _depth + 1);
                        if (error)
                            return "loops." + error;
                    }
                }
                if (message.syncState != null && $Object.hasOwnProperty.call(message, "syncState"))
                    if (!$util.isString(message.syncState))
                        return "syncState: string expected";
                if (message.acceptingAgents != null && $Object.hasOwnProperty.call(message, "acceptingAgents"))
                    if (typeof message.acceptingAgents !== "boolean")
                        return "acceptingAgents: boolean expected";
                return null;
            };

            /**
             * Creates a KeepAlive message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.KeepAlive
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.KeepAlive} KeepAlive
             */
            KeepAlive.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.KeepAlive)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.KeepAlive: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.KeepAlive();
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, true);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber(true);
                if (object.loops) {
                    if (!$Array.isArray(object.loops))
                        throw $TypeError(".warden.cluster.KeepAlive.loops: array expected");
                    message.loops = $Array(object.loops.length);
                    for (var i = 0; i < object.loops.length; ++i) {
                        if (!$util.isObject(object.loops[i]))
                            throw $TypeError(".warden.cluster.KeepAlive.loops: object expected");
                        message.loops[i] = $root.warden.cluster.LoopState.fromObject(object.loops[i], _depth + 1);
                    }
                }
                if (object.syncState != null)
                    if (typeof object.syncState !== "string" || object.syncState.length)
                        message.syncState = $String(object.syncState);
                if (object.acceptingAgents != null)
                    if (object.acceptingAgents)
                        message.acceptingAgents = $Boolean(object.acceptingAgents);
                return message;
            };

            /**
             * Creates a plain object from a KeepAlive message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.KeepAlive
             * @static
             * @param {warden.cluster.KeepAlive} message KeepAlive
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeepAlive.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.loops = [];
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.syncState = "";
                    object.acceptingAgents = false;
                }
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber(true) : message.sentAtMs;
                if (message.loops && message.loops.length) {
                    object.loops = $Array(message.loops.length);
                    for (var j = 0; j < message.loops.length; ++j)
                        object.loops[j] = $root.warden.cluster.LoopState.toObject(message.loops[j], options, _depth + 1);
                }
                if (message.syncState != null && $Object.hasOwnProperty.call(message, "syncState"))
                    object.syncState = message.syncState;
                if (message.acceptingAgents != null && $Object.hasOwnProperty.call(message, "acceptingAgents"))
                    object.acceptingAgents = message.acceptingAgents;
                return object;
            };

            /**
             * Converts this KeepAlive to JSON.
             * @function toJSON
             * @memberof warden.cluster.KeepAlive
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeepAlive.prototype.toJSON = function() {
                return KeepAlive.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeepAlive
             * @function getTypeUrl
             * @memberof warden.cluster.KeepAlive
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeepAlive.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.KeepAlive";
            };

            return KeepAlive;
        })();

        cluster.LoopState = (function() {

            /**
             * Properties of a LoopState.
             * @typedef {Object} warden.cluster.LoopState.$Properties
             * @property {string|null} [name] LoopState name
             * @property {string|null} [status] LoopState status
             * @property {number|null} [restarts] LoopState restarts
             * @property {boolean|null} [failing] LoopState failing
             * @property {string|null} [lastError] LoopState lastError
             * @property {number|null} [lastErrorAtMs] LoopState lastErrorAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoopState.
             * @memberof warden.cluster
             * @interface ILoopState
             * @augments warden.cluster.LoopState.$Properties
             * @deprecated Use warden.cluster.LoopState.$Properties instead.
             */

            /**
             * Shape of a LoopState.
             * @typedef {warden.cluster.LoopState.$Properties} warden.cluster.LoopState.$Shape
             */

            /**
             * Constructs a new LoopState.
             * @memberof warden.cluster
             * @classdesc Represents a LoopState.
             * @constructor
             * @param {warden.cluster.LoopState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LoopState = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoopState name.
             * @member {string} name
             * @memberof warden.cluster.LoopState
             * @instance
             */
            LoopState.prototype.name = "";

            /**
             * LoopState status.
             * @member {string} status
             * @memberof warden.cluster.LoopState
             * @instance
             */
            LoopState.prototype.status = "";

            /**
             * LoopState restarts.
             * @member {number} restarts
             * @memberof warden.cluster.LoopState
             * @instance
             */
            LoopState.prototype.restarts = 0;

            /**
             * LoopState failing.
             * @member {boolean} failing
             * @memberof warden.cluster.LoopState
             * @instance
             */
            LoopState.prototype.failing = false;

            /**
             * LoopState lastError.
             * @member {string} lastError
             * @memberof warden.cluster.LoopState
             * @instance
             */
            LoopState.prototype.lastError = "";

            /**
             * LoopState lastErrorAtMs.
             * @member {number} lastErrorAtMs
             * @memberof warden.cluster.LoopState
             * @instance
             */
            LoopState.prototype.lastErrorAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new LoopState instance using the specified properties.
             * @function create
             * @memberof warden.cluster.LoopState
             * @static
             * @param {warden.cluster.LoopState.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.LoopState} LoopState instance
             * @type {{
             *   (properties: warden.cluster.LoopState.$Shape): warden.cluster.LoopState & warden.cluster.LoopState.$Shape;
             *   (properties?: warden.cluster.LoopState.$Properties): warden.cluster.LoopState;
             * }}
             */
            LoopState.create = function(properties) {
                return new LoopState(properties);
            };

            /**
             * Encodes the specified LoopState message. Does not implicitly {@link warden.cluster.LoopState.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.LoopState
             * @static
             * @param {warden.cluster.LoopState.$Properties} message LoopState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoopState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.status);
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.restarts);
                if (message.failing != null && $Object.hasOwnProperty.call(message, "failing") && message.failing !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.failing);
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError") && message.lastError !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.lastError);
                if (message.lastErrorAtMs != null && $Object.hasOwnProperty.call(message, "lastErrorAtMs") && (typeof message.lastErrorAtMs === "object" ? message.lastErrorAtMs.low || message.lastErrorAtMs.high : message.lastErrorAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.lastErrorAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoopState message, length delimited. Does not implicitly {@link warden.cluster.LoopState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.LoopState
             * @static
             * @param {warden.cluster.LoopState.$Properties} message LoopState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoopState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoopState message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.LoopState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.LoopState & warden.cluster.LoopState.$Shape} LoopState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoopState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.LoopState();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restarts = value;
                            else
                                delete message.restarts;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.failing = value;
                            else
                                delete message.failing;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastError = value;
                            else
                                delete message.lastError;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastErrorAtMs = value;
                            else
                                delete message.lastErrorAtMs;
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
             * Decodes a LoopState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.LoopState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.LoopState & warden.cluster.LoopState.$Shape} LoopState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoopState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoopState message.
             * @function verify
             * @memberof warden.cluster.LoopState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoopState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isString(message.status))
                        return "status: string expected";
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    if (!$util.isInteger(message.restarts))
                        return "restarts: integer expected";
                if (message.failing != null && $Object.hasOwnProperty.call(message, "failing"))
                    if (typeof message.failing !== "boolean")
                        return "failing: boolean expected";
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                    if (!$util.isString(message.lastError))
                        return "lastError: string expected";
                if (message.lastErrorAtMs != null && $Object.hasOwnProperty.call(message, "lastErrorAtMs"))
                    if (!$util.isInteger(message.lastErrorAtMs) && !(message.lastErrorAtMs && $util.isInteger(message.lastErrorAtMs.low) && $util.isInteger(message.lastErrorAtMs.high)))
                        return "lastErrorAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a LoopState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.LoopState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.LoopState} LoopState
             */
            LoopState.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.LoopState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.LoopState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.LoopState();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.status != null)
                    if (typeof object.status !== "string" || object.status.length)
                        message.status = $String(object.status);
                if (object.restarts != null)
                    if ($Number(object.restarts) !== 0)
                        message.restarts = object.restarts >>> 0;
                if (object.failing != null)
                    if (object.failing)
                        message.failing = $Boolean(object.failing);
                if (object.lastError != null)
                    if (typeof object.lastError !== "string" || object.lastError.length)
                        message.lastError = $String(object.lastError);
                if (object.lastErrorAtMs != null)
                    if (typeof object.lastErrorAtMs === "object" ? object.lastErrorAtMs.low || object.lastErrorAtMs.high : $Number(object.lastErrorAtMs) !== 0)
                        if ($util.Long)
                            message.lastErrorAtMs = $util.Long.fromValue(object.lastErrorAtMs, true);
                        else if (typeof object.lastErrorAtMs === "string")
                            message.lastErrorAtMs = $parseInt(object.lastErrorAtMs, 10);
                        else if (typeof object.lastErrorAtMs === "number")
                            message.lastErrorAtMs = object.lastErrorAtMs;
                        else if (typeof object.lastErrorAtMs === "object")
                            message.lastErrorAtMs = new $util.LongBits(object.lastErrorAtMs.low >>> 0, object.lastErrorAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a LoopState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.LoopState
             * @static
             * @param {warden.cluster.LoopState} message LoopState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoopState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.name = "";
                    object.status = "";
                    object.restarts = 0;
                    object.failing = false;
                    object.lastError = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.lastErrorAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastErrorAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    object.restarts = message.restarts;
                if (message.failing != null && $Object.hasOwnProperty.call(message, "failing"))
                    object.failing = message.failing;
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                    object.lastError = message.lastError;
                if (message.lastErrorAtMs != null && $Object.hasOwnProperty.call(message, "lastErrorAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastErrorAtMs = typeof message.lastErrorAtMs === "number" ? $BigInt(message.lastErrorAtMs) : $util.Long.fromBits(message.lastErrorAtMs.low >>> 0, message.lastErrorAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.lastErrorAtMs === "number")
                        object.lastErrorAtMs = options.longs === $String ? $String(message.lastErrorAtMs) : message.lastErrorAtMs;
                    else
                        object.lastErrorAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastErrorAtMs) : options.longs === $Number ? new $util.LongBits(message.lastErrorAtMs.low >>> 0, message.lastErrorAtMs.high >>> 0).toNumber(true) : message.lastErrorAtMs;
                return object;
            };

            /**
             * Converts this LoopState to JSON.
             * @function toJSON
             * @memberof warden.cluster.LoopState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoopState.prototype.toJSON = function() {
                return LoopState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoopState
             * @function getTypeUrl
             * @memberof warden.cluster.LoopState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoopState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.LoopState";
            };

            return LoopState;
        })();

        cluster.KeepAliveAck = (function() {

            /**
             * Properties of a KeepAliveAck.
             * @typedef {Object} warden.cluster.KeepAliveAck.$Properties
             * @property {number|null} [receivedAtMs] KeepAliveAck receivedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeepAliveAck.
             * @memberof warden.cluster
             * @interface IKeepAliveAck
             * @augments warden.cluster.KeepAliveAck.$Properties
             * @deprecated Use warden.cluster.KeepAliveAck.$Properties instead.
             */

            /**
             * Shape of a KeepAliveAck.
             * @typedef {warden.cluster.KeepAliveAck.$Properties} warden.cluster.KeepAliveAck.$Shape
             */

            /**
             * Constructs a new KeepAliveAck.
             * @memberof warden.cluster
             * @classdesc Represents a KeepAliveAck.
             * @constructor
             * @param {warden.cluster.KeepAliveAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var KeepAliveAck = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeepAliveAck receivedAtMs.
             * @member {number} receivedAtMs
             * @memberof warden.cluster.KeepAliveAck
             * @instance
             */
            KeepAliveAck.prototype.receivedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new KeepAliveAck instance using the specified properties.
             * @function create
             * @memberof warden.cluster.KeepAliveAck
             * @static
             * @param {warden.cluster.KeepAliveAck.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.KeepAliveAck} KeepAliveAck instance
             * @type {{
             *   (properties: warden.cluster.KeepAliveAck.$Shape): warden.cluster.KeepAliveAck & warden.cluster.KeepAliveAck.$Shape;
             *   (properties?: warden.cluster.KeepAliveAck.$Properties): warden.cluster.KeepAliveAck;
             * }}
             */
            KeepAliveAck.create = function(properties) {
                return new KeepAliveAck(properties);
            };

            /**
             * Encodes the specified KeepAliveAck message. Does not implicitly {@link warden.cluster.KeepAliveAck.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.KeepAliveAck
             * @static
             * @param {warden.cluster.KeepAliveAck.$Properties} message KeepAliveAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeepAliveAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs") && (typeof message.receivedAtMs === "object" ? message.receivedAtMs.low || message.receivedAtMs.high : message.receivedAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.receivedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified KeepAliveAck message, length delimited. Does not implicitly {@link warden.cluster.KeepAliveAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.KeepAliveAck
             * @static
             * @param {warden.cluster.KeepAliveAck.$Properties} message KeepAliveAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeepAliveAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a KeepAliveAck message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.KeepAliveAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.KeepAliveAck & warden.cluster.KeepAliveAck.$Shape} KeepAliveAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeepAliveAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.KeepAliveAck();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.receivedAtMs = value;
                            else
                                delete message.receivedAtMs;
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
             * Decodes a KeepAliveAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.KeepAliveAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.KeepAliveAck & warden.cluster.KeepAliveAck.$Shape} KeepAliveAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeepAliveAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a KeepAliveAck message.
             * @function verify
             * @memberof warden.cluster.KeepAliveAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KeepAliveAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs"))
                    if (!$util.isInteger(message.receivedAtMs) && !(message.receivedAtMs && $util.isInteger(message.receivedAtMs.low) && $util.isInteger(message.receivedAtMs.high)))
                        return "receivedAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a KeepAliveAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.KeepAliveAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.KeepAliveAck} KeepAliveAck
             */
            KeepAliveAck.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.KeepAliveAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.KeepAliveAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.KeepAliveAck();
                if (object.receivedAtMs != null)
                    if (typeof object.receivedAtMs === "object" ? object.receivedAtMs.low || object.receivedAtMs.high : $Number(object.receivedAtMs) !== 0)
                        if ($util.Long)
                            message.receivedAtMs = $util.Long.fromValue(object.receivedAtMs, true);
                        else if (typeof object.receivedAtMs === "string")
                            message.receivedAtMs = $parseInt(object.receivedAtMs, 10);
                        else if (typeof object.receivedAtMs === "number")
                            message.receivedAtMs = object.receivedAtMs;
                        else if (typeof object.receivedAtMs === "object")
                            message.receivedAtMs = new $util.LongBits(object.receivedAtMs.low >>> 0, object.receivedAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a KeepAliveAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.KeepAliveAck
             * @static
             * @param {warden.cluster.KeepAliveAck} message KeepAliveAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeepAliveAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.receivedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.receivedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.receivedAtMs = typeof message.receivedAtMs === "number" ? $BigInt(message.receivedAtMs) : $util.Long.fromBits(message.receivedAtMs.low >>> 0, message.receivedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.receivedAtMs === "number")
                        object.receivedAtMs = options.longs === $String ? $String(message.receivedAtMs) : message.receivedAtMs;
                    else
                        object.receivedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.receivedAtMs) : options.longs === $Number ? new $util.LongBits(message.receivedAtMs.low >>> 0, message.receivedAtMs.high >>> 0).toNumber(true) : message.receivedAtMs;
                return object;
            };

            /**
             * Converts this KeepAliveAck to JSON.
             * @function toJSON
             * @memberof warden.cluster.KeepAliveAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeepAliveAck.prototype.toJSON = function() {
                return KeepAliveAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeepAliveAck
             * @function getTypeUrl
             * @memberof warden.cluster.KeepAliveAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeepAliveAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.KeepAliveAck";
            };

            return KeepAliveAck;
        })();

        cluster.ControlRequest = (function() {

            /**
             * Properties of a ControlRequest.
             * @typedef {Object} warden.cluster.ControlRequest.$Properties
             * @property {string|null} [command] ControlRequest command
             * @property {string|null} [argsJson] ControlRequest argsJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlRequest.
             * @memberof warden.cluster
             * @interface IControlRequest
             * @augments warden.cluster.ControlRequest.$Properties
             * @deprecated Use warden.cluster.ControlRequest.$Properties instead.
             */

            /**
             * Shape of a ControlRequest.
             * @typedef {warden.cluster.ControlRequest.$Properties} warden.cluster.ControlRequest.$Shape
             */

            /**
             * Constructs a new ControlRequest.
             * @memberof warden.cluster
             * @classdesc Represents a ControlRequest.
             * @constructor
             * @param {warden.cluster.ControlRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ControlRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ControlRequest command.
             * @member {string} command
             * @memberof warden.cluster.ControlRequest
             * @instance
             */
            ControlRequest.prototype.command = "";

            /**
             * ControlRequest argsJson.
             * @member {string} argsJson
             * @memberof warden.cluster.ControlRequest
             * @instance
             */
            ControlRequest.prototype.argsJson = "";

            /**
             * Creates a new ControlRequest instance using the specified properties.
             * @function create
             * @memberof warden.cluster.ControlRequest
             * @static
             * @param {warden.cluster.ControlRequest.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.ControlRequest} ControlRequest instance
             * @type {{
             *   (properties: warden.cluster.ControlRequest.$Shape): warden.cluster.ControlRequest & warden.cluster.ControlRequest.$Shape;
             *   (properties?: warden.cluster.ControlRequest.$Properties): warden.cluster.ControlRequest;
             * }}
             */
            ControlRequest.create = function(properties) {
                return new ControlRequest(properties);
            };

            /**
             * Encodes the specified ControlRequest message. Does not implicitly {@link warden.cluster.ControlRequest.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.ControlRequest
             * @static
             * @param {warden.cluster.ControlRequest.$Properties} message ControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.command);
                if (message.argsJson != null && $Object.hasOwnProperty.call(message, "argsJson") && message.argsJson !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.argsJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ControlRequest message, length delimited. Does not implicitly {@link warden.cluster.ControlRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.ControlRequest
             * @static
             * @param {warden.cluster.ControlRequest.$Properties} message ControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ControlRequest message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.ControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.ControlRequest & warden.cluster.ControlRequest.$Shape} ControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.ControlRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.command = value;
                            else
                                delete message.command;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.argsJson = value;
                            else
                                delete message.argsJson;
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
             * Decodes a ControlRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.ControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.ControlRequest & warden.cluster.ControlRequest.$Shape} ControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ControlRequest message.
             * @function verify
             * @memberof warden.cluster.ControlRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ControlRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    if (!$util.isString(message.command))
                        return "command: string expected";
                if (message.argsJson != null && $Object.hasOwnProperty.call(message, "argsJson"))
                    if (!$util.isString(message.argsJson))
                        return "argsJson: string expected";
                return null;
            };

            /**
             * Creates a ControlRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.ControlRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.ControlRequest} ControlRequest
             */
            ControlRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.ControlRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.ControlRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.ControlRequest();
                if (object.command != null)
                    if (typeof object.command !== "string" || object.command.length)
                        message.command = $String(object.command);
                if (object.argsJson != null)
                    if (typeof object.argsJson !== "string" || object.argsJson.length)
                        message.argsJson = $String(object.argsJson);
                return message;
            };

            /**
             * Creates a plain object from a ControlRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.ControlRequest
             * @static
             * @param {warden.cluster.ControlRequest} message ControlRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.command = "";
                    object.argsJson = "";
                }
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = message.command;
                if (message.argsJson != null && $Object.hasOwnProperty.call(message, "argsJson"))
                    object.argsJson = message.argsJson;
                return object;
            };

            /**
             * Converts this ControlRequest to JSON.
             * @function toJSON
             * @memberof warden.cluster.ControlRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlRequest.prototype.toJSON = function() {
                return ControlRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ControlRequest
             * @function getTypeUrl
             * @memberof warden.cluster.ControlRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ControlRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.ControlRequest";
            };

            return ControlRequest;
        })();

        cluster.ControlResponse = (function() {

            /**
             * Properties of a ControlResponse.
             * @typedef {Object} warden.cluster.ControlResponse.$Properties
             * @property {string|null} [resultJson] ControlResponse resultJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlResponse.
             * @memberof warden.cluster
             * @interface IControlResponse
             * @augments warden.cluster.ControlResponse.$Properties
             * @deprecated Use warden.cluster.ControlResponse.$Properties instead.
             */

            /**
             * Shape of a ControlResponse.
             * @typedef {warden.cluster.ControlResponse.$Properties} warden.cluster.ControlResponse.$Shape
             */

            /**
             * Constructs a new ControlResponse.
             * @memberof warden.cluster
             * @classdesc Represents a ControlResponse.
             * @constructor
             * @param {warden.cluster.ControlResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ControlResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ControlResponse resultJson.
             * @member {string} resultJson
             * @memberof warden.cluster.ControlResponse
             * @instance
             */
            ControlResponse.prototype.resultJson = "";

            /**
             * Creates a new ControlResponse instance using the specified properties.
             * @function create
             * @memberof warden.cluster.ControlResponse
             * @static
             * @param {warden.cluster.ControlResponse.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.ControlResponse} ControlResponse instance
             * @type {{
             *   (properties: warden.cluster.ControlResponse.$Shape): warden.cluster.ControlResponse & warden.cluster.ControlResponse.$Shape;
             *   (properties?: warden.cluster.ControlResponse.$Properties): warden.cluster.ControlResponse;
             * }}
             */
            ControlResponse.create = function(properties) {
                return new ControlResponse(properties);
            };

            /**
             * Encodes the specified ControlResponse message. Does not implicitly {@link warden.cluster.ControlResponse.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.ControlResponse
             * @static
             * @param {warden.cluster.ControlResponse.$Properties} message ControlResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resultJson != null && $Object.hasOwnProperty.call(message, "resultJson") && message.resultJson !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.resultJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ControlResponse message, length delimited. Does not implicitly {@link warden.cluster.ControlResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.ControlResponse
             * @static
             * @param {warden.cluster.ControlResponse.$Properties} message ControlResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ControlResponse message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.ControlResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.ControlResponse & warden.cluster.ControlResponse.$Shape} ControlResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.ControlResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resultJson = value;
                            else
                                delete message.resultJson;
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
             * Decodes a ControlResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.ControlResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.ControlResponse & warden.cluster.ControlResponse.$Shape} ControlResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ControlResponse message.
             * @function verify
             * @memberof warden.cluster.ControlResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ControlResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.resultJson != null && $Object.hasOwnProperty.call(message, "resultJson"))
                    if (!$util.isString(message.resultJson))
                        return "resultJson: string expected";
                return null;
            };

            /**
             * Creates a ControlResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.ControlResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.ControlResponse} ControlResponse
             */
            ControlResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.ControlResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.ControlResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.ControlResponse();
                if (object.resultJson != null)
                    if (typeof object.resultJson !== "string" || object.resultJson.length)
                        message.resultJson = $String(object.resultJson);
                return message;
            };

            /**
             * Creates a plain object from a ControlResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.ControlResponse
             * @static
             * @param {warden.cluster.ControlResponse} message ControlResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.resultJson = "";
                if (message.resultJson != null && $Object.hasOwnProperty.call(message, "resultJson"))
                    object.resultJson = message.resultJson;
                return object;
            };

            /**
             * Converts this ControlResponse to JSON.
             * @function toJSON
             * @memberof warden.cluster.ControlResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlResponse.prototype.toJSON = function() {
                return ControlResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ControlResponse
             * @function getTypeUrl
             * @memberof warden.cluster.ControlResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ControlResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.ControlResponse";
            };

            return ControlResponse;
        })();

        cluster.NodeControlRequest = (function() {

            /**
             * Properties of a NodeControlRequest.
             * @typedef {Object} warden.cluster.NodeControlRequest.$Properties
             * @property {string|null} [node] NodeControlRequest node
             * @property {string|null} [command] NodeControlRequest command
             * @property {string|null} [argsJson] NodeControlRequest argsJson
             * @property {number|null} [deadlineMs] NodeControlRequest deadlineMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeControlRequest.
             * @memberof warden.cluster
             * @interface INodeControlRequest
             * @augments warden.cluster.NodeControlRequest.$Properties
             * @deprecated Use warden.cluster.NodeControlRequest.$Properties instead.
             */

            /**
             * Shape of a NodeControlRequest.
             * @typedef {warden.cluster.NodeControlRequest.$Properties} warden.cluster.NodeControlRequest.$Shape
             */

            /**
             * Constructs a new NodeControlRequest.
             * @memberof warden.cluster
             * @classdesc Represents a NodeControlRequest.
             * @constructor
             * @param {warden.cluster.NodeControlRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NodeControlRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeControlRequest node.
             * @member {string} node
             * @memberof warden.cluster.NodeControlRequest
             * @instance
             */
            NodeControlRequest.prototype.node = "";

            /**
             * NodeControlRequest command.
             * @member {string} command
             * @memberof warden.cluster.NodeControlRequest
             * @instance
             */
            NodeControlRequest.prototype.command = "";

            /**
             * NodeControlRequest argsJson.
             * @member {string} argsJson
             * @memberof warden.cluster.NodeControlRequest
             * @instance
             */
            NodeControlRequest.prototype.argsJson = "";

            /**
             * NodeControlRequest deadlineMs.
             * @member {number} deadlineMs
             * @memberof warden.cluster.NodeControlRequest
             * @instance
             */
            NodeControlRequest.prototype.deadlineMs = 0;

            /**
             * Creates a new NodeControlRequest instance using the specified properties.
             * @function create
             * @memberof warden.cluster.NodeControlRequest
             * @static
             * @param {warden.cluster.NodeControlRequest.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.NodeControlRequest} NodeControlRequest instance
             * @type {{
             *   (properties: warden.cluster.NodeControlRequest.$Shape): warden.cluster.NodeControlRequest & warden.cluster.NodeControlRequest.$Shape;
             *   (properties?: warden.cluster.NodeControlRequest.$Properties): warden.cluster.NodeControlRequest;
             * }}
             */
            NodeControlRequest.create = function(properties) {
                return new NodeControlRequest(properties);
            };

            /**
             * Encodes the specified NodeControlRequest message. Does not implicitly {@link warden.cluster.NodeControlRequest.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.NodeControlRequest
             * @static
             * @param {warden.cluster.NodeControlRequest.$Properties} message NodeControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeControlRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.command);
                if (message.argsJson != null && $Object.hasOwnProperty.call(message, "argsJson") && message.argsJson !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.argsJson);
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs") && message.deadlineMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.deadlineMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodeControlRequest message, length delimited. Does not implicitly {@link warden.cluster.NodeControlRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.NodeControlRequest
             * @static
             * @param {warden.cluster.NodeControlRequest.$Properties} message NodeControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeControlRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeControlRequest message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.NodeControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.NodeControlRequest & warden.cluster.NodeControlRequest.$Shape} NodeControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeControlRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.NodeControlRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.command = value;
                            else
                                delete message.command;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.argsJson = value;
                            else
                                delete message.argsJson;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deadlineMs = value;
                            else
                                delete message.deadlineMs;
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
             * Decodes a NodeControlRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.NodeControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.NodeControlRequest & warden.cluster.NodeControlRequest.$Shape} NodeControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeControlRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NodeControlRequest message.
             * @function verify
             * @memberof warden.cluster.NodeControlRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeControlRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    if (!$util.isString(message.command))
                        return "command: string expected";
                if (message.argsJson != null && $Object.hasOwnProperty.call(message, "argsJson"))
                    if (!$util.isString(message.argsJson))
                        return "argsJson: string expected";
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    if (!$util.isInteger(message.deadlineMs))
                        return "deadlineMs: integer expected";
                return null;
            };

            /**
             * Creates a NodeControlRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.NodeControlRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.NodeControlRequest} NodeControlRequest
             */
            NodeControlRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.NodeControlRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.NodeControlRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.NodeControlRequest();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.command != null)
                    if (typeof object.command !== "string" || object.command.length)
                        message.command = $String(object.command);
                if (object.argsJson != null)
                    if (typeof object.argsJson !== "string" || object.argsJson.length)
                        message.argsJson = $String(object.argsJson);
                if (object.deadlineMs != null)
                    if ($Number(object.deadlineMs) !== 0)
                        message.deadlineMs = object.deadlineMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a NodeControlRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.NodeControlRequest
             * @static
             * @param {warden.cluster.NodeControlRequest} message NodeControlRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeControlRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.node = "";
                    object.command = "";
                    object.argsJson = "";
                    object.deadlineMs = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = message.command;
                if (message.argsJson != null && $Object.hasOwnProperty.call(message, "argsJson"))
                    object.argsJson = message.argsJson;
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    object.deadlineMs = message.deadlineMs;
                return object;
            };

            /**
             * Converts this NodeControlRequest to JSON.
             * @function toJSON
             * @memberof warden.cluster.NodeControlRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeControlRequest.prototype.toJSON = function() {
                return NodeControlRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeControlRequest
             * @function getTypeUrl
             * @memberof warden.cluster.NodeControlRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeControlRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.NodeControlRequest";
            };

            return NodeControlRequest;
        })();

        cluster.StreamOpen = (function() {

            /**
             * Properties of a StreamOpen.
             * @typedef {Object} warden.cluster.StreamOpen.$Properties
             * @property {number|null} [streamId] StreamOpen streamId
             * @property {string|null} [kind] StreamOpen kind
             * @property {string|null} [name] StreamOpen name
             * @property {number|null} [size] StreamOpen size
             * @property {string|null} [metaJson] StreamOpen metaJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamOpen.
             * @memberof warden.cluster
             * @interface IStreamOpen
             * @augments warden.cluster.StreamOpen.$Properties
             * @deprecated Use warden.cluster.StreamOpen.$Properties instead.
             */

            /**
             * Shape of a StreamOpen.
             * @typedef {warden.cluster.StreamOpen.$Properties} warden.cluster.StreamOpen.$Shape
             */

            /**
             * Constructs a new StreamOpen.
             * @memberof warden.cluster
             * @classdesc Represents a StreamOpen.
             * @constructor
             * @param {warden.cluster.StreamOpen.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StreamOpen = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamOpen streamId.
             * @member {number} streamId
             * @memberof warden.cluster.StreamOpen
             * @instance
             */
            StreamOpen.prototype.streamId = 0;

            /**
             * StreamOpen kind.
             * @member {string} kind
             * @memberof warden.cluster.StreamOpen
             * @instance
             */
            StreamOpen.prototype.kind = "";

            /**
             * StreamOpen name.
             * @member {string} name
             * @memberof warden.cluster.StreamOpen
             * @instance
             */
            StreamOpen.prototype.name = "";

            /**
             * StreamOpen size.
             * @member {number} size
             * @memberof warden.cluster.StreamOpen
             * @instance
             */
            StreamOpen.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StreamOpen metaJson.
             * @member {string} metaJson
             * @memberof warden.cluster.StreamOpen
             * @instance
             */
            StreamOpen.prototype.metaJson = "";

            /**
             * Creates a new StreamOpen instance using the specified properties.
             * @function create
             * @memberof warden.cluster.StreamOpen
             * @static
             * @param {warden.cluster.StreamOpen.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.StreamOpen} StreamOpen instance
             * @type {{
             *   (properties: warden.cluster.StreamOpen.$Shape): warden.cluster.StreamOpen & warden.cluster.StreamOpen.$Shape;
             *   (properties?: warden.cluster.StreamOpen.$Properties): warden.cluster.StreamOpen;
             * }}
             */
            StreamOpen.create = function(properties) {
                return new StreamOpen(properties);
            };

            /**
             * Encodes the specified StreamOpen message. Does not implicitly {@link warden.cluster.StreamOpen.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.StreamOpen
             * @static
             * @param {warden.cluster.StreamOpen.$Properties} message StreamOpen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamOpen.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && message.streamId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.streamId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.size);
                if (message.metaJson != null && $Object.hasOwnProperty.call(message, "metaJson") && message.metaJson !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.metaJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamOpen message, length delimited. Does not implicitly {@link warden.cluster.StreamOpen.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.StreamOpen
             * @static
             * @param {warden.cluster.StreamOpen.$Properties} message StreamOpen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamOpen.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StreamOpen message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.StreamOpen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.StreamOpen & warden.cluster.StreamOpen.$Shape} StreamOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamOpen.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.StreamOpen();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.streamId = value;
                            else
                                delete message.streamId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.metaJson = value;
                            else
                                delete message.metaJson;
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
             * Decodes a StreamOpen message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.StreamOpen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.StreamOpen & warden.cluster.StreamOpen.$Shape} StreamOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamOpen.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StreamOpen message.
             * @function verify
             * @memberof warden.cluster.StreamOpen
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamOpen.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    if (!$util.isInteger(message.streamId))
                        return "streamId: integer expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.metaJson != null && $Object.hasOwnProperty.call(message, "metaJson"))
                    if (!$util.isString(message.metaJson))
                        return "metaJson: string expected";
                return null;
            };

            /**
             * Creates a StreamOpen message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.StreamOpen
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.StreamOpen} StreamOpen
             */
            StreamOpen.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.StreamOpen)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.StreamOpen: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.StreamOpen();
                if (object.streamId != null)
                    if ($Number(object.streamId) !== 0)
                        message.streamId = object.streamId >>> 0;
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.metaJson != null)
                    if (typeof object.metaJson !== "string" || object.metaJson.length)
                        message.metaJson = $String(object.metaJson);
                return message;
            };

            /**
             * Creates a plain object from a StreamOpen message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.StreamOpen
             * @static
             * @param {warden.cluster.StreamOpen} message StreamOpen
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamOpen.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.streamId = 0;
                    object.kind = "";
                    object.name = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.metaJson = "";
                }
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    object.streamId = message.streamId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.metaJson != null && $Object.hasOwnProperty.call(message, "metaJson"))
                    object.metaJson = message.metaJson;
                return object;
            };

            /**
             * Converts this StreamOpen to JSON.
             * @function toJSON
             * @memberof warden.cluster.StreamOpen
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamOpen.prototype.toJSON = function() {
                return StreamOpen.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StreamOpen
             * @function getTypeUrl
             * @memberof warden.cluster.StreamOpen
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamOpen.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.StreamOpen";
            };

            return StreamOpen;
        })();

        cluster.StreamChunk = (function() {

            /**
             * Properties of a StreamChunk.
             * @typedef {Object} warden.cluster.StreamChunk.$Properties
             * @property {number|null} [streamId] StreamChunk streamId
             * @property {Uint8Array|null} [data] StreamChunk data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamChunk.
             * @memberof warden.cluster
             * @interface IStreamChunk
             * @augments warden.cluster.StreamChunk.$Properties
             * @deprecated Use warden.cluster.StreamChunk.$Properties instead.
             */

            /**
             * Shape of a StreamChunk.
             * @typedef {warden.cluster.StreamChunk.$Properties} warden.cluster.StreamChunk.$Shape
             */

            /**
             * Constructs a new StreamChunk.
             * @memberof warden.cluster
             * @classdesc Represents a StreamChunk.
             * @constructor
             * @param {warden.cluster.StreamChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StreamChunk = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamChunk streamId.
             * @member {number} streamId
             * @memberof warden.cluster.StreamChunk
             * @instance
             */
            StreamChunk.prototype.streamId = 0;

            /**
             * StreamChunk data.
             * @member {Uint8Array} data
             * @memberof warden.cluster.StreamChunk
             * @instance
             */
            StreamChunk.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new StreamChunk instance using the specified properties.
             * @function create
             * @memberof warden.cluster.StreamChunk
             * @static
             * @param {warden.cluster.StreamChunk.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.StreamChunk} StreamChunk instance
             * @type {{
             *   (properties: warden.cluster.StreamChunk.$Shape): warden.cluster.StreamChunk & warden.cluster.StreamChunk.$Shape;
             *   (properties?: warden.cluster.StreamChunk.$Properties): warden.cluster.StreamChunk;
             * }}
             */
            StreamChunk.create = function(properties) {
                return new StreamChunk(properties);
            };

            /**
             * Encodes the specified StreamChunk message. Does not implicitly {@link warden.cluster.StreamChunk.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.StreamChunk
             * @static
             * @param {warden.cluster.StreamChunk.$Properties} message StreamChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && message.streamId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.streamId);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamChunk message, length delimited. Does not implicitly {@link warden.cluster.StreamChunk.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.StreamChunk
             * @static
             * @param {warden.cluster.StreamChunk.$Properties} message StreamChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamChunk.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StreamChunk message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.StreamChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.StreamChunk & warden.cluster.StreamChunk.$Shape} StreamChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.StreamChunk();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.streamId = value;
                            else
                                delete message.streamId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
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
             * Decodes a StreamChunk message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.StreamChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.StreamChunk & warden.cluster.StreamChunk.$Shape} StreamChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamChunk.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StreamChunk message.
             * @function verify
             * @memberof warden.cluster.StreamChunk
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamChunk.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    if (!$util.isInteger(message.streamId))
                        return "streamId: integer expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                return null;
            };

            /**
             * Creates a StreamChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.StreamChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.StreamChunk} StreamChunk
             */
            StreamChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.StreamChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.StreamChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.StreamChunk();
                if (object.streamId != null)
                    if ($Number(object.streamId) !== 0)
                        message.streamId = object.streamId >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a StreamChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.StreamChunk
             * @static
             * @param {warden.cluster.StreamChunk} message StreamChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.streamId = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    object.streamId = message.streamId;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this StreamChunk to JSON.
             * @function toJSON
             * @memberof warden.cluster.StreamChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamChunk.prototype.toJSON = function() {
                return StreamChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StreamChunk
             * @function getTypeUrl
             * @memberof warden.cluster.StreamChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.StreamChunk";
            };

            return StreamChunk;
        })();

        cluster.StreamCredit = (function() {

            /**
             * Properties of a StreamCredit.
             * @typedef {Object} warden.cluster.StreamCredit.$Properties
             * @property {number|null} [streamId] StreamCredit streamId
             * @property {number|null} [bytes] StreamCredit bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamCredit.
             * @memberof warden.cluster
             * @interface IStreamCredit
             * @augments warden.cluster.StreamCredit.$Properties
             * @deprecated Use warden.cluster.StreamCredit.$Properties instead.
             */

            /**
             * Shape of a StreamCredit.
             * @typedef {warden.cluster.StreamCredit.$Properties} warden.cluster.StreamCredit.$Shape
             */

            /**
             * Constructs a new StreamCredit.
             * @memberof warden.cluster
             * @classdesc Represents a StreamCredit.
             * @constructor
             * @param {warden.cluster.StreamCredit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StreamCredit = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamCredit streamId.
             * @member {number} streamId
             * @memberof warden.cluster.StreamCredit
             * @instance
             */
            StreamCredit.prototype.streamId = 0;

            /**
             * StreamCredit bytes.
             * @member {number} bytes
             * @memberof warden.cluster.StreamCredit
             * @instance
             */
            StreamCredit.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new StreamCredit instance using the specified properties.
             * @function create
             * @memberof warden.cluster.StreamCredit
             * @static
             * @param {warden.cluster.StreamCredit.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.StreamCredit} StreamCredit instance
             * @type {{
             *   (properties: warden.cluster.StreamCredit.$Shape): warden.cluster.StreamCredit & warden.cluster.StreamCredit.$Shape;
             *   (properties?: warden.cluster.StreamCredit.$Properties): warden.cluster.StreamCredit;
             * }}
             */
            StreamCredit.create = function(properties) {
                return new StreamCredit(properties);
            };

            /**
             * Encodes the specified StreamCredit message. Does not implicitly {@link warden.cluster.StreamCredit.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.StreamCredit
             * @static
             * @param {warden.cluster.StreamCredit.$Properties} message StreamCredit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamCredit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && message.streamId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.streamId);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamCredit message, length delimited. Does not implicitly {@link warden.cluster.StreamCredit.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.StreamCredit
             * @static
             * @param {warden.cluster.StreamCredit.$Properties} message StreamCredit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamCredit.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StreamCredit message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.StreamCredit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.StreamCredit & warden.cluster.StreamCredit.$Shape} StreamCredit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamCredit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.StreamCredit();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.streamId = value;
                            else
                                delete message.streamId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
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
             * Decodes a StreamCredit message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.StreamCredit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.StreamCredit & warden.cluster.StreamCredit.$Shape} StreamCredit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamCredit.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StreamCredit message.
             * @function verify
             * @memberof warden.cluster.StreamCredit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamCredit.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    if (!$util.isInteger(message.streamId))
                        return "streamId: integer expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a StreamCredit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.StreamCredit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.StreamCredit} StreamCredit
             */
            StreamCredit.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.StreamCredit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.StreamCredit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.StreamCredit();
                if (object.streamId != null)
                    if ($Number(object.streamId) !== 0)
                        message.streamId = object.streamId >>> 0;
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a StreamCredit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.StreamCredit
             * @static
             * @param {warden.cluster.StreamCredit} message StreamCredit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamCredit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.streamId = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    object.streamId = message.streamId;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                return object;
            };

            /**
             * Converts this StreamCredit to JSON.
             * @function toJSON
             * @memberof warden.cluster.StreamCredit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamCredit.prototype.toJSON = function() {
                return StreamCredit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StreamCredit
             * @function getTypeUrl
             * @memberof warden.cluster.StreamCredit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamCredit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.StreamCredit";
            };

            return StreamCredit;
        })();

        cluster.StreamEnd = (function() {

            /**
             * Properties of a StreamEnd.
             * @typedef {Object} warden.cluster.StreamEnd.$Properties
             * @property {number|null} [streamId] StreamEnd streamId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamEnd.
             * @memberof warden.cluster
             * @interface IStreamEnd
             * @augments warden.cluster.StreamEnd.$Properties
             * @deprecated Use warden.cluster.StreamEnd.$Properties instead.
             */

            /**
             * Shape of a StreamEnd.
             * @typedef {warden.cluster.StreamEnd.$Properties} warden.cluster.StreamEnd.$Shape
             */

            /**
             * Constructs a new StreamEnd.
             * @memberof warden.cluster
             * @classdesc Represents a StreamEnd.
             * @constructor
             * @param {warden.cluster.StreamEnd.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StreamEnd = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamEnd streamId.
             * @member {number} streamId
             * @memberof warden.cluster.StreamEnd
             * @instance
             */
            StreamEnd.prototype.streamId = 0;

            /**
             * Creates a new StreamEnd instance using the specified properties.
             * @function create
             * @memberof warden.cluster.StreamEnd
             * @static
             * @param {warden.cluster.StreamEnd.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.StreamEnd} StreamEnd instance
             * @type {{
             *   (properties: warden.cluster.StreamEnd.$Shape): warden.cluster.StreamEnd & warden.cluster.StreamEnd.$Shape;
             *   (properties?: warden.cluster.StreamEnd.$Properties): warden.cluster.StreamEnd;
             * }}
             */
            StreamEnd.create = function(properties) {
                return new StreamEnd(properties);
            };

            /**
             * Encodes the specified StreamEnd message. Does not implicitly {@link warden.cluster.StreamEnd.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.StreamEnd
             * @static
             * @param {warden.cluster.StreamEnd.$Properties} message StreamEnd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamEnd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && message.streamId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.streamId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamEnd message, length delimited. Does not implicitly {@link warden.cluster.StreamEnd.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.StreamEnd
             * @static
             * @param {warden.cluster.StreamEnd.$Properties} message StreamEnd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamEnd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StreamEnd message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.StreamEnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.StreamEnd & warden.cluster.StreamEnd.$Shape} StreamEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamEnd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.StreamEnd();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.streamId = value;
                            else
                                delete message.streamId;
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
             * Decodes a StreamEnd message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.StreamEnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.StreamEnd & warden.cluster.StreamEnd.$Shape} StreamEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamEnd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StreamEnd message.
             * @function verify
             * @memberof warden.cluster.StreamEnd
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamEnd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    if (!$util.isInteger(message.streamId))
                        return "streamId: integer expected";
                return null;
            };

            /**
             * Creates a StreamEnd message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.StreamEnd
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.StreamEnd} StreamEnd
             */
            StreamEnd.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.StreamEnd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.StreamEnd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.StreamEnd();
                if (object.streamId != null)
                    if ($Number(object.streamId) !== 0)
                        message.streamId = object.streamId >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a StreamEnd message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.StreamEnd
             * @static
             * @param {warden.cluster.StreamEnd} message StreamEnd
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamEnd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.streamId = 0;
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    object.streamId = message.streamId;
                return object;
            };

            /**
             * Converts this StreamEnd to JSON.
             * @function toJSON
             * @memberof warden.cluster.StreamEnd
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamEnd.prototype.toJSON = function() {
                return StreamEnd.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StreamEnd
             * @function getTypeUrl
             * @memberof warden.cluster.StreamEnd
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamEnd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.StreamEnd";
            };

            return StreamEnd;
        })();

        cluster.StreamAbort = (function() {

            /**
             * Properties of a StreamAbort.
             * @typedef {Object} warden.cluster.StreamAbort.$Properties
             * @property {number|null} [streamId] StreamAbort streamId
             * @property {string|null} [reason] StreamAbort reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamAbort.
             * @memberof warden.cluster
             * @interface IStreamAbort
             * @augments warden.cluster.StreamAbort.$Properties
             * @deprecated Use warden.cluster.StreamAbort.$Properties instead.
             */

            /**
             * Shape of a StreamAbort.
             * @typedef {warden.cluster.StreamAbort.$Properties} warden.cluster.StreamAbort.$Shape
             */

            /**
             * Constructs a new StreamAbort.
             * @memberof warden.cluster
             * @classdesc Represents a StreamAbort.
             * @constructor
             * @param {warden.cluster.StreamAbort.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StreamAbort = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamAbort streamId.
             * @member {number} streamId
             * @memberof warden.cluster.StreamAbort
             * @instance
             */
            StreamAbort.prototype.streamId = 0;

            /**
             * StreamAbort reason.
             * @member {string} reason
             * @memberof warden.cluster.StreamAbort
             * @instance
             */
            StreamAbort.prototype.reason = "";

            /**
             * Creates a new StreamAbort instance using the specified properties.
             * @function create
             * @memberof warden.cluster.StreamAbort
             * @static
             * @param {warden.cluster.StreamAbort.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.StreamAbort} StreamAbort instance
             * @type {{
             *   (properties: warden.cluster.StreamAbort.$Shape): warden.cluster.StreamAbort & warden.cluster.StreamAbort.$Shape;
             *   (properties?: warden.cluster.StreamAbort.$Properties): warden.cluster.StreamAbort;
             * }}
             */
            StreamAbort.create = function(properties) {
                return new StreamAbort(properties);
            };

            /**
             * Encodes the specified StreamAbort message. Does not implicitly {@link warden.cluster.StreamAbort.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.StreamAbort
             * @static
             * @param {warden.cluster.StreamAbort.$Properties} message StreamAbort message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamAbort.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && message.streamId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.streamId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamAbort message, length delimited. Does not implicitly {@link warden.cluster.StreamAbort.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.StreamAbort
             * @static
             * @param {warden.cluster.StreamAbort.$Properties} message StreamAbort message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamAbort.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StreamAbort message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.StreamAbort
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.StreamAbort & warden.cluster.StreamAbort.$Shape} StreamAbort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamAbort.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.StreamAbort();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.streamId = value;
                            else
                                delete message.streamId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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
             * Decodes a StreamAbort message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.StreamAbort
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.StreamAbort & warden.cluster.StreamAbort.$Shape} StreamAbort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamAbort.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StreamAbort message.
             * @function verify
             * @memberof warden.cluster.StreamAbort
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamAbort.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    if (!$util.isInteger(message.streamId))
                        return "streamId: integer expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a StreamAbort message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.StreamAbort
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.StreamAbort} StreamAbort
             */
            StreamAbort.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.StreamAbort)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.StreamAbort: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.StreamAbort();
                if (object.streamId != null)
                    if ($Number(object.streamId) !== 0)
                        message.streamId = object.streamId >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a StreamAbort message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.StreamAbort
             * @static
             * @param {warden.cluster.StreamAbort} message StreamAbort
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamAbort.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.streamId = 0;
                    object.reason = "";
                }
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    object.streamId = message.streamId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this StreamAbort to JSON.
             * @function toJSON
             * @memberof warden.cluster.StreamAbort
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamAbort.prototype.toJSON = function() {
                return StreamAbort.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StreamAbort
             * @function getTypeUrl
             * @memberof warden.cluster.StreamAbort
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamAbort.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.StreamAbort";
            };

            return StreamAbort;
        })();

        cluster.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} warden.cluster.Ping.$Properties
             * @property {Uint8Array|null} [payload] Ping payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof warden.cluster
             * @interface IPing
             * @augments warden.cluster.Ping.$Properties
             * @deprecated Use warden.cluster.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {warden.cluster.Ping.$Properties} warden.cluster.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof warden.cluster
             * @classdesc Represents a Ping.
             * @constructor
             * @param {warden.cluster.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Ping = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ping payload.
             * @member {Uint8Array} payload
             * @memberof warden.cluster.Ping
             * @instance
             */
            Ping.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof warden.cluster.Ping
             * @static
             * @param {warden.cluster.Ping.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.Ping} Ping instance
             * @type {{
             *   (properties: warden.cluster.Ping.$Shape): warden.cluster.Ping & warden.cluster.Ping.$Shape;
             *   (properties?: warden.cluster.Ping.$Properties): warden.cluster.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link warden.cluster.Ping.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.Ping
             * @static
             * @param {warden.cluster.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link warden.cluster.Ping.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.Ping
             * @static
             * @param {warden.cluster.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.Ping & warden.cluster.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.Ping();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
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
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.Ping & warden.cluster.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Ping message.
             * @function verify
             * @memberof warden.cluster.Ping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.Ping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.Ping} Ping
             */
            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.Ping();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.Ping
             * @static
             * @param {warden.cluster.Ping} message Ping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof warden.cluster.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof warden.cluster.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.Ping";
            };

            return Ping;
        })();

        cluster.Pong = (function() {

            /**
             * Properties of a Pong.
             * @typedef {Object} warden.cluster.Pong.$Properties
             * @property {Uint8Array|null} [payload] Pong payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pong.
             * @memberof warden.cluster
             * @interface IPong
             * @augments warden.cluster.Pong.$Properties
             * @deprecated Use warden.cluster.Pong.$Properties instead.
             */

            /**
             * Shape of a Pong.
             * @typedef {warden.cluster.Pong.$Properties} warden.cluster.Pong.$Shape
             */

            /**
             * Constructs a new Pong.
             * @memberof warden.cluster
             * @classdesc Represents a Pong.
             * @constructor
             * @param {warden.cluster.Pong.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Pong = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Pong payload.
             * @member {Uint8Array} payload
             * @memberof warden.cluster.Pong
             * @instance
             */
            Pong.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof warden.cluster.Pong
             * @static
             * @param {warden.cluster.Pong.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.Pong} Pong instance
             * @type {{
             *   (properties: warden.cluster.Pong.$Shape): warden.cluster.Pong & warden.cluster.Pong.$Shape;
             *   (properties?: warden.cluster.Pong.$Properties): warden.cluster.Pong;
             * }}
             */
            Pong.create = function(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link warden.cluster.Pong.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.Pong
             * @static
             * @param {warden.cluster.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Pong message, length delimited. Does not implicitly {@link warden.cluster.Pong.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.Pong
             * @static
             * @param {warden.cluster.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.Pong & warden.cluster.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.Pong();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
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
             * Decodes a Pong message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.Pong & warden.cluster.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Pong message.
             * @function verify
             * @memberof warden.cluster.Pong
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Pong.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.Pong
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.Pong} Pong
             */
            Pong.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.Pong)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.Pong: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.Pong();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.Pong
             * @static
             * @param {warden.cluster.Pong} message Pong
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pong.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this Pong to JSON.
             * @function toJSON
             * @memberof warden.cluster.Pong
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Pong
             * @function getTypeUrl
             * @memberof warden.cluster.Pong
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Pong.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.Pong";
            };

            return Pong;
        })();

        cluster.SessionSetup = (function() {

            /**
             * Properties of a SessionSetup.
             * @typedef {Object} warden.cluster.SessionSetup.$Properties
             * @property {warden.cluster.SessionInit.$Properties|null} [init] SessionSetup init
             * @property {warden.cluster.SessionAccept.$Properties|null} [accept] SessionSetup accept
             * @property {warden.cluster.SessionReject.$Properties|null} [reject] SessionSetup reject
             * @property {warden.cluster.SessionConfirm.$Properties|null} [confirm] SessionSetup confirm
             * @property {warden.cluster.SessionChallenge.$Properties|null} [challenge] SessionSetup challenge
             * @property {warden.cluster.SessionOffer.$Properties|null} [offer] SessionSetup offer
             * @property {"init"|"accept"|"reject"|"confirm"|"challenge"|"offer"} [step] SessionSetup step
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionSetup.
             * @memberof warden.cluster
             * @interface ISessionSetup
             * @augments warden.cluster.SessionSetup.$Properties
             * @deprecated Use warden.cluster.SessionSetup.$Properties instead.
             */

            /**
             * Narrowed shape of a SessionSetup.
             * @typedef {{
             *   init?: warden.cluster.SessionInit.$Shape|null;
             *   accept?: warden.cluster.SessionAccept.$Shape|null;
             *   reject?: warden.cluster.SessionReject.$Shape|null;
             *   confirm?: warden.cluster.SessionConfirm.$Shape|null;
             *   challenge?: warden.cluster.SessionChallenge.$Shape|null;
             *   offer?: warden.cluster.SessionOffer.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ step?: undefined; init?: null; accept?: null; reject?: null; confirm?: null; challenge?: null; offer?: null }|{ step?: "init"; init: warden.cluster.SessionInit.$Shape; accept?: null; reject?: null; confirm?: null; challenge?: null; offer?: null }|{ step?: "accept"; init?: null; accept: warden.cluster.SessionAccept.$Shape; reject?: null; confirm?: null; challenge?: null; offer?: null }|{ step?: "reject"; init?: null; accept?: null; reject: warden.cluster.SessionReject.$Shape; confirm?: null; challenge?: null; offer?: null }|{ step?: "confirm"; init?: null; accept?: null; reject?: null; confirm: warden.cluster.SessionConfirm.$Shape; challenge?: null; offer?: null }|{ step?: "challenge"; init?: null; accept?: null; reject?: null; confirm?: null; challenge: warden.cluster.SessionChallenge.$Shape; offer?: null }|{ step?: "offer"; init?: null; accept?: null; reject?: null; confirm?: null; challenge?: null; offer: warden.cluster.SessionOffer.$Shape })
             * )} warden.cluster.SessionSetup.$Shape
             */

            /**
             * Constructs a new SessionSetup.
             * @memberof warden.cluster
             * @classdesc Represents a SessionSetup.
             * @constructor
             * @param {warden.cluster.SessionSetup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SessionSetup = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionSetup init.
             * @member {warden.cluster.SessionInit.$Properties|null|undefined} init
             * @memberof warden.cluster.SessionSetup
             * @instance
             */
            SessionSetup.prototype.init = null;

            /**
             * SessionSetup accept.
             * @member {warden.cluster.SessionAccept.$Properties|null|undefined} accept
             * @memberof warden.cluster.SessionSetup
             * @instance
             */
            SessionSetup.prototype.accept = null;

            /**
             * SessionSetup reject.
             * @member {warden.cluster.SessionReject.$Properties|null|undefined} reject
             * @memberof warden.cluster.SessionSetup
             * @instance
             */
            SessionSetup.prototype.reject = null;

            /**
             * SessionSetup confirm.
             * @member {warden.cluster.SessionConfirm.$Properties|null|undefined} confirm
             * @memberof warden.cluster.SessionSetup
             * @instance
             */
            SessionSetup.prototype.confirm = null;

            /**
             * SessionSetup challenge.
             * @member {warden.cluster.SessionChallenge.$Properties|null|undefined} challenge
             * @memberof warden.cluster.SessionSetup
             * @instance
             */
            SessionSetup.prototype.challenge = null;

            /**
             * SessionSetup offer.
             * @member {warden.cluster.SessionOffer.$Properties|null|undefined} offer
             * @memberof warden.cluster.SessionSetup
             * @instance
             */
            SessionSetup.prototype.offer = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * SessionSetup step.
             * @member {"init"|"accept"|"reject"|"confirm"|"challenge"|"offer"|undefined} step
             * @memberof warden.cluster.SessionSetup
             * @instance
             */
            $Object.defineProperty(SessionSetup.prototype, "step", {
                get: $util.oneOfGetter($oneOfFields = ["init", "accept", "reject", "confirm", "challenge", "offer"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SessionSetup instance using the specified properties.
             * @function create
             * @memberof warden.cluster.SessionSetup
             * @static
             * @param {warden.cluster.SessionSetup.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.SessionSetup} SessionSetup instance
             * @type {{
             *   (properties: warden.cluster.SessionSetup.$Shape): warden.cluster.SessionSetup & warden.cluster.SessionSetup.$Shape;
             *   (properties?: warden.cluster.SessionSetup.$Properties): warden.cluster.SessionSetup;
             * }}
             */
            SessionSetup.create = function(properties) {
                return new SessionSetup(properties);
            };

            /**
             * Encodes the specified SessionSetup message. Does not implicitly {@link warden.cluster.SessionSetup.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.SessionSetup
             * @static
             * @param {warden.cluster.SessionSetup.$Properties} message SessionSetup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionSetup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.init != null && $Object.hasOwnProperty.call(message, "init"))
                    $root.warden.cluster.SessionInit.encode(message.init, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept"))
                    $root.warden.cluster.SessionAccept.encode(message.accept, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                    $root.warden.cluster.SessionReject.encode(message.reject, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.confirm != null && $Object.hasOwnProperty.call(message, "confirm"))
                    $root.warden.cluster.SessionConfirm.encode(message.confirm, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                    $root.warden.cluster.SessionChallenge.encode(message.challenge, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer"))
                    $root.warden.cluster.SessionOffer.encode(message.offer, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SessionSetup message, length delimited. Does not implicitly {@link warden.cluster.SessionSetup.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.SessionSetup
             * @static
             * @param {warden.cluster.SessionSetup.$Properties} message SessionSetup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionSetup.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SessionSetup message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.SessionSetup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.SessionSetup & warden.cluster.SessionSetup.$Shape} SessionSetup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionSetup.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.SessionSetup();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.init = $root.warden.cluster.SessionInit.decode(reader, reader.size(), $undefined, _depth + 1, message.init);
                            message.step = "init";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.accept = $root.warden.cluster.SessionAccept.decode(reader, reader.size(), $undefined, _depth + 1, message.accept);
                            message.step = "accept";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.reject = $root.warden.cluster.SessionReject.decode(reader, reader.size(), $undefined, _depth + 1, message.reject);
                            message.step = "reject";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.confirm = $root.warden.cluster.SessionConfirm.decode(reader, reader.size(), $undefined, _depth + 1, message.confirm);
                            message.step = "confirm";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.challenge = $root.warden.cluster.SessionChallenge.decode(reader, reader.size(), $undefined, _depth + 1, message.challenge);
                            message.step = "challenge";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.offer = $root.warden.cluster.SessionOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.offer);
                            message.step = "offer";
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
             * Decodes a SessionSetup message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.SessionSetup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionSetup & warden.cluster.SessionSetup.$Shape} SessionSetup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionSetup.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SessionSetup message.
             * @function verify
             * @memberof warden.cluster.SessionSetup
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionSetup.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.init != null && $Object.hasOwnProperty.call(message, "init")) {
                    properties.step = 1;
                    {
                        var error = $root.warden.cluster.SessionInit.verify(message.init, _depth + 1);
                        if (error)
                            return "init." + error;
                    }
                }
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept")) {
                    if (properties.step === 1)
                        return "step: multiple values";
                    properties.step = 1;
                    {
                        var error = $root.warden.cluster.SessionAccept.verify(message.accept, _depth + 1);
                        if (error)
                            return "accept." + error;
                    }
                }
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject")) {
                    if (properties.step === 1)
                        return "step: multiple values";
                    properties.step = 1;
                    {
                        var error = $root.warden.cluster.SessionReject.verify(message.reject, _depth + 1);
                        if (error)
                            return "reject." + error;
                    }
                }
                if (message.confirm != null && $Object.hasOwnProperty.call(message, "confirm")) {
                    if (properties.step === 1)
                        return "step: multiple values";
                    properties.step = 1;
                    {
                        var error = $root.warden.cluster.SessionConfirm.verify(message.confirm, _depth + 1);
                        if (error)
                            return "confirm." + error;
                    }
                }
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge")) {
                    if (properties.step === 1)
                        return "step: multiple values";
                    properties.step = 1;
                    {
                        var error = $root.warden.cluster.SessionChallenge.verify(message.challenge, _depth + 1);
                        if (error)
                            return "challenge." + error;
                    }
                }
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer")) {
                    if (properties.step === 1)
                        return "step: multiple values";
                    properties.step = 1;
                    {
                        var error = $root.warden.cluster.SessionOffer.verify(message.offer, _depth + 1);
                        if (error)
                            return "offer." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SessionSetup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.SessionSetup
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.SessionSetup} SessionSetup
             */
            SessionSetup.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.SessionSetup)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.SessionSetup: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.SessionSetup();
                if (object.init != null) {
                    if (!$util.isObject(object.init))
                        throw $TypeError(".warden.cluster.SessionSetup.init: object expected");
                    message.init = $root.warden.cluster.SessionInit.fromObject(object.init, _depth + 1);
                }
                if (object.accept != null) {
                    if (!$util.isObject(object.accept))
                        throw $TypeError(".warden.cluster.SessionSetup.accept: object expected");
                    message.accept = $root.warden.cluster.SessionAccept.fromObject(object.accept, _depth + 1);
                }
                if (object.reject != null) {
                    if (!$util.isObject(object.reject))
                        throw $TypeError(".warden.cluster.SessionSetup.reject: object expected");
                    message.reject = $root.warden.cluster.SessionReject.fromObject(object.reject, _depth + 1);
                }
                if (object.confirm != null) {
                    if (!$util.isObject(object.confirm))
                        throw $TypeError(".warden.cluster.SessionSetup.confirm: object expected");
                    message.confirm = $root.warden.cluster.SessionConfirm.fromObject(object.confirm, _depth + 1);
                }
                if (object.challenge != null) {
                    if (!$util.isObject(object.challenge))
                        throw $TypeError(".warden.cluster.SessionSetup.challenge: object expected");
                    message.challenge = $root.warden.cluster.SessionChallenge.fromObject(object.challenge, _depth + 1);
                }
                if (object.offer != null) {
                    if (!$util.isObject(object.offer))
                        throw $TypeError(".warden.cluster.SessionSetup.offer: object expected");
                    message.offer = $root.warden.cluster.SessionOffer.fromObject(object.offer, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SessionSetup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.SessionSetup
             * @static
             * @param {warden.cluster.SessionSetup} message SessionSetup
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionSetup.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (message.init != null && $Object.hasOwnProperty.call(message, "init")) {
                    object.init = $root.warden.cluster.SessionInit.toObject(message.init, options, _depth + 1);
                    if (options.oneofs)
                        object.step = "init";
                }
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept")) {
                    object.accept = $root.warden.cluster.SessionAccept.toObject(message.accept, options, _depth + 1);
                    if (options.oneofs)
                        object.step = "accept";
                }
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject")) {
                    object.reject = $root.warden.cluster.SessionReject.toObject(message.reject, options, _depth + 1);
                    if (options.oneofs)
                        object.step = "reject";
                }
                if (message.confirm != null && $Object.hasOwnProperty.call(message, "confirm")) {
                    object.confirm = $root.warden.cluster.SessionConfirm.toObject(message.confirm, options, _depth + 1);
                    if (options.oneofs)
                        object.step = "confirm";
                }
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge")) {
                    object.challenge = $root.warden.cluster.SessionChallenge.toObject(message.challenge, options, _depth + 1);
                    if (options.oneofs)
                        object.step = "challenge";
                }
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer")) {
                    object.offer = $root.warden.cluster.SessionOffer.toObject(message.offer, options, _depth + 1);
                    if (options.oneofs)
                        object.step = "offer";
                }
                return object;
            };

            /**
             * Converts this SessionSetup to JSON.
             * @function toJSON
             * @memberof warden.cluster.SessionSetup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionSetup.prototype.toJSON = function() {
                return SessionSetup.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionSetup
             * @function getTypeUrl
             * @memberof warden.cluster.SessionSetup
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionSetup.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.SessionSetup";
            };

            return SessionSetup;
        })();

        cluster.SessionConfirm = (function() {

            /**
             * Properties of a SessionConfirm.
             * @typedef {Object} warden.cluster.SessionConfirm.$Properties
             * @property {Uint8Array|null} [proof] SessionConfirm proof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionConfirm.
             * @memberof warden.cluster
             * @interface ISessionConfirm
             * @augments warden.cluster.SessionConfirm.$Properties
             * @deprecated Use warden.cluster.SessionConfirm.$Properties instead.
             */

            /**
             * Shape of a SessionConfirm.
             * @typedef {warden.cluster.SessionConfirm.$Properties} warden.cluster.SessionConfirm.$Shape
             */

            /**
             * Constructs a new SessionConfirm.
             * @memberof warden.cluster
             * @classdesc Represents a SessionConfirm.
             * @constructor
             * @param {warden.cluster.SessionConfirm.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SessionConfirm = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionConfirm proof.
             * @member {Uint8Array} proof
             * @memberof warden.cluster.SessionConfirm
             * @instance
             */
            SessionConfirm.prototype.proof = $util.newBuffer([]);

            /**
             * Creates a new SessionConfirm instance using the specified properties.
             * @function create
             * @memberof warden.cluster.SessionConfirm
             * @static
             * @param {warden.cluster.SessionConfirm.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.SessionConfirm} SessionConfirm instance
             * @type {{
             *   (properties: warden.cluster.SessionConfirm.$Shape): warden.cluster.SessionConfirm & warden.cluster.SessionConfirm.$Shape;
             *   (properties?: warden.cluster.SessionConfirm.$Properties): warden.cluster.SessionConfirm;
             * }}
             */
            SessionConfirm.create = function(properties) {
                return new SessionConfirm(properties);
            };

            /**
             * Encodes the specified SessionConfirm message. Does not implicitly {@link warden.cluster.SessionConfirm.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.SessionConfirm
             * @static
             * @param {warden.cluster.SessionConfirm.$Properties} message SessionConfirm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionConfirm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.proof);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SessionConfirm message, length delimited. Does not implicitly {@link warden.cluster.SessionConfirm.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.SessionConfirm
             * @static
             * @param {warden.cluster.SessionConfirm.$Properties} message SessionConfirm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionConfirm.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SessionConfirm message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.SessionConfirm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.SessionConfirm & warden.cluster.SessionConfirm.$Shape} SessionConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionConfirm.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.SessionConfirm();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proof = value;
                            else
                                delete message.proof;
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
             * Decodes a SessionConfirm message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.SessionConfirm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionConfirm & warden.cluster.SessionConfirm.$Shape} SessionConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionConfirm.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SessionConfirm message.
             * @function verify
             * @memberof warden.cluster.SessionConfirm
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionConfirm.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    if (!(message.proof && typeof message.proof.length === "number" || $util.isString(message.proof)))
                        return "proof: buffer expected";
                return null;
            };

            /**
             * Creates a SessionConfirm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.SessionConfirm
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.SessionConfirm} SessionConfirm
             */
            SessionConfirm.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.SessionConfirm)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.SessionConfirm: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.SessionConfirm();
                if (object.proof != null)
                    if (object.proof.length)
                        if (typeof object.proof === "string")
                            $util.base64.decode(object.proof, message.proof = $util.newBuffer($util.base64.length(object.proof)), 0);
                        else if (object.proof.length >= 0)
                            message.proof = object.proof;
                return message;
            };

            /**
             * Creates a plain object from a SessionConfirm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.SessionConfirm
             * @static
             * @param {warden.cluster.SessionConfirm} message SessionConfirm
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionConfirm.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.proof = "";
                    else {
                        object.proof = [];
                        if (options.bytes !== $Array)
                            object.proof = $util.newBuffer(object.proof);
                    }
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    object.proof = options.bytes === $String ? $util.base64.encode(message.proof, 0, message.proof.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proof) : message.proof;
                return object;
            };

            /**
             * Converts this SessionConfirm to JSON.
             * @function toJSON
             * @memberof warden.cluster.SessionConfirm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionConfirm.prototype.toJSON = function() {
                return SessionConfirm.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionConfirm
             * @function getTypeUrl
             * @memberof warden.cluster.SessionConfirm
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionConfirm.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.SessionConfirm";
            };

            return SessionConfirm;
        })();

        cluster.AgentInfo = (function() {

            /**
             * Properties of an AgentInfo.
             * @typedef {Object} warden.cluster.AgentInfo.$Properties
             * @property {number|null} [id] AgentInfo id
             * @property {string|null} [status] AgentInfo status
             * @property {string|null} [osName] AgentInfo osName
             * @property {string|null} [osVersion] AgentInfo osVersion
             * @property {string|null} [osPlatform] AgentInfo osPlatform
             * @property {string|null} [osArch] AgentInfo osArch
             * @property {string|null} [osUname] AgentInfo osUname
             * @property {string|null} [version] AgentInfo version
             * @property {Object.<string,string>|null} [labels] AgentInfo labels
             * @property {string|null} [configSum] AgentInfo configSum
             * @property {string|null} [mergedSum] AgentInfo mergedSum
             * @property {number|null} [lastKeepAlive] AgentInfo lastKeepAlive
             * @property {number|null} [disconnectionTime] AgentInfo disconnectionTime
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentInfo.
             * @memberof warden.cluster
             * @interface IAgentInfo
             * @augments warden.cluster.AgentInfo.$Properties
             * @deprecated Use warden.cluster.AgentInfo.$Properties instead.
             */

            /**
             * Shape of an AgentInfo.
             * @typedef {warden.cluster.AgentInfo.$Properties} warden.cluster.AgentInfo.$Shape
             */

            /**
             * Constructs a new AgentInfo.
             * @memberof warden.cluster
             * @classdesc Represents an AgentInfo.
             * @constructor
             * @param {warden.cluster.AgentInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AgentInfo = function (properties) {
                this.labels = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgentInfo id.
             * @member {number} id
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.id = 0;

            /**
             * AgentInfo status.
             * @member {string} status
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.status = "";

            /**
             * AgentInfo osName.
             * @member {string} osName
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.osName = "";

            /**
             * AgentInfo osVersion.
             * @member {string} osVersion
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.osVersion = "";

            /**
             * AgentInfo osPlatform.
             * @member {string} osPlatform
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.osPlatform = "";

            /**
             * AgentInfo osArch.
             * @member {string} osArch
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.osArch = "";

            /**
             * AgentInfo osUname.
             * @member {string} osUname
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.osUname = "";

            /**
             * AgentInfo version.
             * @member {string} version
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.version = "";

            /**
             * AgentInfo labels.
             * @member {Object.<string,string>} labels
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.labels = $util.emptyObject;

            /**
             * AgentInfo configSum.
             * @member {string} configSum
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.configSum = "";

            /**
             * AgentInfo mergedSum.
             * @member {string} mergedSum
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.mergedSum = "";

            /**
             * AgentInfo lastKeepAlive.
             * @member {number} lastKeepAlive
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.lastKeepAlive = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AgentInfo disconnectionTime.
             * @member {number} disconnectionTime
             * @memberof warden.cluster.AgentInfo
             * @instance
             */
            AgentInfo.prototype.disconnectionTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new AgentInfo instance using the specified properties.
             * @function create
             * @memberof warden.cluster.AgentInfo
             * @static
             * @param {warden.cluster.AgentInfo.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.AgentInfo} AgentInfo instance
             * @type {{
             *   (properties: warden.cluster.AgentInfo.$Shape): warden.cluster.AgentInfo & warden.cluster.AgentInfo.$Shape;
             *   (properties?: warden.cluster.AgentInfo.$Properties): warden.cluster.AgentInfo;
             * }}
             */
            AgentInfo.create = function(properties) {
                return new AgentInfo(properties);
            };

            /**
             * Encodes the specified AgentInfo message. Does not implicitly {@link warden.cluster.AgentInfo.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.AgentInfo
             * @static
             * @param {warden.cluster.AgentInfo.$Properties} message AgentInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.status);
                if (message.osName != null && $Object.hasOwnProperty.call(message, "osName") && message.osName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.osName);
                if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion") && message.osVersion !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.osVersion);
                if (message.osPlatform != null && $Object.hasOwnProperty.call(message, "osPlatform") && message.osPlatform !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.osPlatform);
                if (message.osArch != null && $Object.hasOwnProperty.call(message, "osArch") && message.osArch !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.osArch);
                if (message.osUname != null && $Object.hasOwnProperty.call(message, "osUname") && message.osUname !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.osUname);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.version);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (var keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.configSum != null && $Object.hasOwnProperty.call(message, "configSum") && message.configSum !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.configSum);
                if (message.mergedSum != null && $Object.hasOwnProperty.call(message, "mergedSum") && message.mergedSum !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.mergedSum);
                if (message.lastKeepAlive != null && $Object.hasOwnProperty.call(message, "lastKeepAlive") && (typeof message.lastKeepAlive === "object" ? message.lastKeepAlive.low || message.lastKeepAlive.high : message.lastKeepAlive !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.lastKeepAlive);
                if (message.disconnectionTime != null && $Object.hasOwnProperty.call(message, "disconnectionTime") && (typeof message.disconnectionTime === "object" ? message.disconnectionTime.low || message.disconnectionTime.high : message.disconnectionTime !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.disconnectionTime);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AgentInfo message, length delimited. Does not implicitly {@link warden.cluster.AgentInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.AgentInfo
             * @static
             * @param {warden.cluster.AgentInfo.$Properties} message AgentInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AgentInfo message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.AgentInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.AgentInfo & warden.cluster.AgentInfo.$Shape} AgentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.AgentInfo();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.osName = value;
                            else
                                delete message.osName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.osVersion = value;
                            else
                                delete message.osVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.osPlatform = value;
                            else
                                delete message.osPlatform;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.osArch = value;
                            else
                                delete message.osArch;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.osUname = value;
                            else
                                delete message.osUname;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configSum = value;
                            else
                                delete message.configSum;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mergedSum = value;
                            else
                                delete message.mergedSum;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastKeepAlive = value;
                            else
                                delete message.lastKeepAlive;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.disconnectionTime = value;
                            else
                                delete message.disconnectionTime;
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
             * Decodes an AgentInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.AgentInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.AgentInfo & warden.cluster.AgentInfo.$Shape} AgentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AgentInfo message.
             * @function verify
             * @memberof warden.cluster.AgentInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgentInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isString(message.status))
                        return "status: string expected";
                if (message.osName != null && $Object.hasOwnProperty.call(message, "osName"))
                    if (!$util.isString(message.osName))
                        return "osName: string expected";
                if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion"))
                    if (!$util.isString(message.osVersion))
                        return "osVersion: string expected";
                if (message.osPlatform != null && $Object.hasOwnProperty.call(message, "osPlatform"))
                    if (!$util.isString(message.osPlatform))
                        return "osPlatform: string expected";
                if (message.osArch != null && $Object.hasOwnProperty.call(message, "osArch"))
                    if (!$util.isString(message.osArch))
                        return "osArch: string expected";
                if (message.osUname != null && $Object.hasOwnProperty.call(message, "osUname"))
                    if (!$util.isString(message.osUname))
                        return "osUname: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    var key = $Object.keys(message.labels);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                if (message.configSum != null && $Object.hasOwnProperty.call(message, "configSum"))
                    if (!$util.isString(message.configSum))
                        return "configSum: string expected";
                if (message.mergedSum != null && $Object.hasOwnProperty.call(message, "mergedSum"))
                    if (!$util.isString(message.mergedSum))
                        return "mergedSum: string expected";
                if (message.lastKeepAlive != null && $Object.hasOwnProperty.call(message, "lastKeepAlive"))
                    if (!$util.isInteger(message.lastKeepAlive) && !(message.lastKeepAlive && $util.isInteger(message.lastKeepAlive.low) && $util.isInteger(message.lastKeepAlive.high)))
                        return "lastKeepAlive: integer|Long expected";
                if (message.disconnectionTime != null && $Object.hasOwnProperty.call(message, "disconnectionTime"))
                    if (!$util.isInteger(message.disconnectionTime) && !(message.disconnectionTime && $util.isInteger(message.disconnectionTime.low) && $util.isInteger(message.disconnectionTime.high)))
                        return "disconnectionTime: integer|Long expected";
                return null;
            };

            /**
             * Creates an AgentInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.AgentInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.AgentInfo} AgentInfo
             */
            AgentInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.AgentInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.AgentInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.AgentInfo();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.status != null)
                    if (typeof object.status !== "string" || object.status.length)
                        message.status = $String(object.status);
                if (object.osName != null)
                    if (typeof object.osName !== "string" || object.osName.length)
                        message.osName = $String(object.osName);
                if (object.osVersion != null)
                    if (typeof object.osVersion !== "string" || object.osVersion.length)
                        message.osVersion = $String(object.osVersion);
                if (object.osPlatform != null)
                    if (typeof object.osPlatform !== "string" || object.osPlatform.length)
                        message.osPlatform = $String(object.osPlatform);
                if (object.osArch != null)
                    if (typeof object.osArch !== "string" || object.osArch.length)
                        message.osArch = $String(object.osArch);
                if (object.osUname != null)
                    if (typeof object.osUname !== "string" || object.osUname.length)
                        message.osUname = $String(object.osUname);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".warden.cluster.AgentInfo.labels: object expected");
                    message.labels = {};
                    for (var keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.configSum != null)
                    if (typeof object.configSum !== "string" || object.configSum.length)
                        message.configSum = $String(object.configSum);
                if (object.mergedSum != null)
                    if (typeof object.mergedSum !== "string" || object.mergedSum.length)
                        message.mergedSum = $String(object.mergedSum);
                if (object.lastKeepAlive != null)
                    if (typeof object.lastKeepAlive === "object" ? object.lastKeepAlive.low || object.lastKeepAlive.high : $Number(object.lastKeepAlive) !== 0)
                        if ($util.Long)
                            message.lastKeepAlive = $util.Long.fromValue(object.lastKeepAlive, true);
                        else if (typeof object.lastKeepAlive === "string")
                            message.lastKeepAlive = $parseInt(object.lastKeepAlive, 10);
                        else if (typeof object.lastKeepAlive === "number")
                            message.lastKeepAlive = object.lastKeepAlive;
                        else if (typeof object.lastKeepAlive === "object")
                            message.lastKeepAlive = new $util.LongBits(object.lastKeepAlive.low >>> 0, object.lastKeepAlive.high >>> 0).toNumber(true);
                if (object.disconnectionTime != null)
                    if (typeof object.disconnectionTime === "object" ? object.disconnectionTime.low || object.disconnectionTime.high : $Number(object.disconnectionTime) !== 0)
                        if ($util.Long)
                            message.disconnectionTime = $util.Long.fromValue(object.disconnectionTime, true);
                        else if (typeof object.disconnectionTime === "string")
                            message.disconnectionTime = $parseInt(object.disconnectionTime, 10);
                        else if (typeof object.disconnectionTime === "number")
                            message.disconnectionTime = object.disconnectionTime;
                        else if (typeof object.disconnectionTime === "object")
                            message.disconnectionTime = new $util.LongBits(object.disconnectionTime.low >>> 0, object.disconnectionTime.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an AgentInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.AgentInfo
             * @static
             * @param {warden.cluster.AgentInfo} message AgentInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.id = 0;
                    object.status = "";
                    object.osName = "";
                    object.osVersion = "";
                    object.osPlatform = "";
                    object.osArch = "";
                    object.osUname = "";
                    object.version = "";
                    object.configSum = "";
                    object.mergedSum = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.lastKeepAlive = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastKeepAlive = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.disconnectionTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.disconnectionTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.osName != null && $Object.hasOwnProperty.call(message, "osName"))
                    object.osName = message.osName;
                if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion"))
                    object.osVersion = message.osVersion;
                if (message.osPlatform != null && $Object.hasOwnProperty.call(message, "osPlatform"))
                    object.osPlatform = message.osPlatform;
                if (message.osArch != null && $Object.hasOwnProperty.call(message, "osArch"))
                    object.osArch = message.osArch;
                if (message.osUname != null && $Object.hasOwnProperty.call(message, "osUname"))
                    object.osUname = message.osUname;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                var keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.configSum != null && $Object.hasOwnProperty.call(message, "configSum"))
                    object.configSum = message.configSum;
                if (message.mergedSum != null && $Object.hasOwnProperty.call(message, "mergedSum"))
                    object.mergedSum = message.mergedSum;
                if (message.lastKeepAlive != null && $Object.hasOwnProperty.call(message, "lastKeepAlive"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastKeepAlive = typeof message.lastKeepAlive === "number" ? $BigInt(message.lastKeepAlive) : $util.Long.fromBits(message.lastKeepAlive.low >>> 0, message.lastKeepAlive.high >>> 0, true).toBigInt();
                    else if (typeof message.lastKeepAlive === "number")
                        object.lastKeepAlive = options.longs === $String ? $String(message.lastKeepAlive) : message.lastKeepAlive;
                    else
                        object.lastKeepAlive = options.longs === $String ? $util.Long.prototype.toString.call(message.lastKeepAlive) : options.longs === $Number ? new $util.LongBits(message.lastKeepAlive.low >>> 0, message.lastKeepAlive.high >>> 0).toNumber(true) : message.lastKeepAlive;
                if (message.disconnectionTime != null && $Object.hasOwnProperty.call(message, "disconnectionTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.disconnectionTime = typeof message.disconnectionTime === "number" ? $BigInt(message.disconnectionTime) : $util.Long.fromBits(message.disconnectionTime.low >>> 0, message.disconnectionTime.high >>> 0, true).toBigInt();
                    else if (typeof message.disconnectionTime === "number")
                        object.disconnectionTime = options.longs === $String ? $String(message.disconnectionTime) : message.disconnectionTime;
                    else
                        object.disconnectionTime = options.longs === $String ? $util.Long.prototype.toString.call(message.disconnectionTime) : options.longs === $Number ? new $util.LongBits(message.disconnectionTime.low >>> 0, message.disconnectionTime.high >>> 0).toNumber(true) : message.disconnectionTime;
                return object;
            };

            /**
             * Converts this AgentInfo to JSON.
             * @function toJSON
             * @memberof warden.cluster.AgentInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentInfo.prototype.toJSON = function() {
                return AgentInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentInfo
             * @function getTypeUrl
             * @memberof warden.cluster.AgentInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.AgentInfo";
            };

            return AgentInfo;
        })();

        cluster.AgentInfoBatch = (function() {

            /**
             * Properties of an AgentInfoBatch.
             * @typedef {Object} warden.cluster.AgentInfoBatch.$Properties
             * @property {Array.<warden.cluster.AgentInfo.$Properties>|null} [agents] AgentInfoBatch agents
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentInfoBatch.
             * @memberof warden.cluster
             * @interface IAgentInfoBatch
             * @augments warden.cluster.AgentInfoBatch.$Properties
             * @deprecated Use warden.cluster.AgentInfoBatch.$Properties instead.
             */

            /**
             * Shape of an AgentInfoBatch.
             * @typedef {warden.cluster.AgentInfoBatch.$Properties} warden.cluster.AgentInfoBatch.$Shape
             */

            /**
             * Constructs a new AgentInfoBatch.
             * @memberof warden.cluster
             * @classdesc Represents an AgentInfoBatch.
             * @constructor
             * @param {warden.cluster.AgentInfoBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AgentInfoBatch = function (properties) {
                this.agents = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgentInfoBatch agents.
             * @member {Array.<warden.cluster.AgentInfo.$Properties>} agents
             * @memberof warden.cluster.AgentInfoBatch
             * @instance
             */
            AgentInfoBatch.prototype.agents = $util.emptyArray;

            /**
             * Creates a new AgentInfoBatch instance using the specified properties.
             * @function create
             * @memberof warden.cluster.AgentInfoBatch
             * @static
             * @param {warden.cluster.AgentInfoBatch.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.AgentInfoBatch} AgentInfoBatch instance
             * @type {{
             *   (properties: warden.cluster.AgentInfoBatch.$Shape): warden.cluster.AgentInfoBatch & warden.cluster.AgentInfoBatch.$Shape;
             *   (properties?: warden.cluster.AgentInfoBatch.$Properties): warden.cluster.AgentInfoBatch;
             * }}
             */
            AgentInfoBatch.create = function(properties) {
                return new AgentInfoBatch(properties);
            };

            /**
             * Encodes the specified AgentInfoBatch message. Does not implicitly {@link warden.cluster.AgentInfoBatch.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.AgentInfoBatch
             * @static
             * @param {warden.cluster.AgentInfoBatch.$Properties} message AgentInfoBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentInfoBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agents != null && message.agents.length)
                    for (var i = 0; i < message.agents.length; ++i)
                        $root.warden.cluster.AgentInfo.encode(message.agents[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AgentInfoBatch message, length delimited. Does not implicitly {@link warden.cluster.AgentInfoBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.AgentInfoBatch
             * @static
             * @param {warden.cluster.AgentInfoBatch.$Properties} message AgentInfoBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentInfoBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AgentInfoBatch message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.AgentInfoBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.AgentInfoBatch & warden.cluster.AgentInfoBatch.$Shape} AgentInfoBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentInfoBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.AgentInfoBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.agents && message.agents.length))
                                message.agents = [];
                            message.agents.push($root.warden.cluster.AgentInfo.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes an AgentInfoBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.AgentInfoBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.AgentInfoBatch & warden.cluster.AgentInfoBatch.$Shape} AgentInfoBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentInfoBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AgentInfoBatch message.
             * @function verify
             * @memberof warden.cluster.AgentInfoBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgentInfoBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agents != null && $Object.hasOwnProperty.call(message, "agents")) {
                    if (!$Array.isArray(message.agents))
                        return "agents: array expected";
                    for (var i = 0; i < message.agents.length; ++i) {
                        var error = $root.warden.cluster.AgentInfo.verify(message.agents[i], _depth + 1);
                        if (error)
                            return "agents." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an AgentInfoBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.AgentInfoBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.AgentInfoBatch} AgentInfoBatch
             */
            AgentInfoBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.AgentInfoBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.AgentInfoBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.AgentInfoBatch();
                if (object.agents) {
                    if (!$Array.isArray(object.agents))
                        throw $TypeError(".warden.cluster.AgentInfoBatch.agents: array expected");
                    message.agents = $Array(object.agents.length);
                    for (var i = 0; i < object.agents.length; ++i) {
                        if (!$util.isObject(object.agents[i]))
                            throw $TypeError(".warden.cluster.AgentInfoBatch.agents: object expected");
                        message.agents[i] = $root.warden.cluster.AgentInfo.fromObject(object.agents[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an AgentInfoBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.AgentInfoBatch
             * @static
             * @param {warden.cluster.AgentInfoBatch} message AgentInfoBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentInfoBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.agents = [];
                if (message.agents && message.agents.length) {
                    object.agents = $Array(message.agents.length);
                    for (var j = 0; j < message.agents.length; ++j)
                        object.agents[j] = $root.warden.cluster.AgentInfo.toObject(message.agents[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this AgentInfoBatch to JSON.
             * @function toJSON
             * @memberof warden.cluster.AgentInfoBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentInfoBatch.prototype.toJSON = function() {
                return AgentInfoBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentInfoBatch
             * @function getTypeUrl
             * @memberof warden.cluster.AgentInfoBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentInfoBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.AgentInfoBatch";
            };

            return AgentInfoBatch;
        })();

        cluster.AgentInfoAck = (function() {

            /**
             * Properties of an AgentInfoAck.
             * @typedef {Object} warden.cluster.AgentInfoAck.$Properties
             * @property {number|null} [applied] AgentInfoAck applied
             * @property {Array.<number>|null} [dropped] AgentInfoAck dropped
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentInfoAck.
             * @memberof warden.cluster
             * @interface IAgentInfoAck
             * @augments warden.cluster.AgentInfoAck.$Properties
             * @deprecated Use warden.cluster.AgentInfoAck.$Properties instead.
             */

            /**
             * Shape of an AgentInfoAck.
             * @typedef {warden.cluster.AgentInfoAck.$Properties} warden.cluster.AgentInfoAck.$Shape
             */

            /**
             * Constructs a new AgentInfoAck.
             * @memberof warden.cluster
             * @classdesc Represents an AgentInfoAck.
             * @constructor
             * @param {warden.cluster.AgentInfoAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AgentInfoAck = function (properties) {
                this.dropped = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgentInfoAck applied.
             * @member {number} applied
             * @memberof warden.cluster.AgentInfoAck
             * @instance
             */
            AgentInfoAck.prototype.applied = 0;

            /**
             * AgentInfoAck dropped.
             * @member {Array.<number>} dropped
             * @memberof warden.cluster.AgentInfoAck
             * @instance
             */
            AgentInfoAck.prototype.dropped = $util.emptyArray;

            /**
             * Creates a new AgentInfoAck instance using the specified properties.
             * @function create
             * @memberof warden.cluster.AgentInfoAck
             * @static
             * @param {warden.cluster.AgentInfoAck.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.AgentInfoAck} AgentInfoAck instance
             * @type {{
             *   (properties: warden.cluster.AgentInfoAck.$Shape): warden.cluster.AgentInfoAck & warden.cluster.AgentInfoAck.$Shape;
             *   (properties?: warden.cluster.AgentInfoAck.$Properties): warden.cluster.AgentInfoAck;
             * }}
             */
            AgentInfoAck.create = function(properties) {
                return new AgentInfoAck(properties);
            };

            /**
             * Encodes the specified AgentInfoAck message. Does not implicitly {@link warden.cluster.AgentInfoAck.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.AgentInfoAck
             * @static
             * @param {warden.cluster.AgentInfoAck.$Properties} message AgentInfoAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentInfoAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied") && message.applied !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.applied);
                if (message.dropped != null && message.dropped.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.dropped);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AgentInfoAck message, length delimited. Does not implicitly {@link warden.cluster.AgentInfoAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.AgentInfoAck
             * @static
             * @param {warden.cluster.AgentInfoAck.$Properties} message AgentInfoAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentInfoAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AgentInfoAck message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.AgentInfoAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.AgentInfoAck & warden.cluster.AgentInfoAck.$Shape} AgentInfoAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentInfoAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.AgentInfoAck();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.applied = value;
                            else
                                delete message.applied;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.dropped && message.dropped.length))
                                    message.dropped = [];
                                reader.uint32s(message.dropped);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.dropped && message.dropped.length))
                                message.dropped = [];
                            message.dropped.push(reader.uint32());
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
             * Decodes an AgentInfoAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.AgentInfoAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.AgentInfoAck & warden.cluster.AgentInfoAck.$Shape} AgentInfoAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentInfoAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AgentInfoAck message.
             * @function verify
             * @memberof warden.cluster.AgentInfoAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgentInfoAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied"))
                    if (!$util.isInteger(message.applied))
                        return "applied: integer expected";
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped")) {
                    if (!$Array.isArray(message.dropped))
                        return "dropped: array expected";
                    for (var i = 0; i < message.dropped.length; ++i)
                        if (!$util.isInteger(message.dropped[i]))
                            return "dropped: integer[] expected";
                }
                return null;
            };

            /**
             * Creates an AgentInfoAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.AgentInfoAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.AgentInfoAck} AgentInfoAck
             */
            AgentInfoAck.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.AgentInfoAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.AgentInfoAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.AgentInfoAck();
                if (object.applied != null)
                    if ($Number(object.applied) !== 0)
                        message.applied = object.applied >>> 0;
                if (object.dropped) {
                    if (!$Array.isArray(object.dropped))
                        throw $TypeError(".warden.cluster.AgentInfoAck.dropped: array expected");
                    message.dropped = $Array(object.dropped.length);
                    for (var i = 0; i < object.dropped.length; ++i)
                        message.dropped[i] = object.dropped[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from an AgentInfoAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.AgentInfoAck
             * @static
             * @param {warden.cluster.AgentInfoAck} message AgentInfoAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentInfoAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.dropped = [];
                if (options.defaults)
                    object.applied = 0;
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied"))
                    object.applied = message.applied;
                if (message.dropped && message.dropped.length) {
                    object.dropped = $Array(message.dropped.length);
                    for (var j = 0; j < message.dropped.length; ++j)
                        object.dropped[j] = message.dropped[j];
                }
                return object;
            };

            /**
             * Converts this AgentInfoAck to JSON.
             * @function toJSON
             * @memberof warden.cluster.AgentInfoAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentInfoAck.prototype.toJSON = function() {
                return AgentInfoAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentInfoAck
             * @function getTypeUrl
             * @memberof warden.cluster.AgentInfoAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentInfoAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.AgentInfoAck";
            };

            return AgentInfoAck;
        })();

        cluster.RegistryStateRequest = (function() {

            /**
             * Properties of a RegistryStateRequest.
             * @typedef {Object} warden.cluster.RegistryStateRequest.$Properties
             * @property {number|null} [masterSeq] RegistryStateRequest masterSeq
             * @property {string|null} [masterDigest] RegistryStateRequest masterDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegistryStateRequest.
             * @memberof warden.cluster
             * @interface IRegistryStateRequest
             * @augments warden.cluster.RegistryStateRequest.$Properties
             * @deprecated Use warden.cluster.RegistryStateRequest.$Properties instead.
             */

            /**
             * Shape of a RegistryStateRequest.
             * @typedef {warden.cluster.RegistryStateRequest.$Properties} warden.cluster.RegistryStateRequest.$Shape
             */

            /**
             * Constructs a new RegistryStateRequest.
             * @memberof warden.cluster
             * @classdesc Represents a RegistryStateRequest.
             * @constructor
             * @param {warden.cluster.RegistryStateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RegistryStateRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegistryStateRequest masterSeq.
             * @member {number} masterSeq
             * @memberof warden.cluster.RegistryStateRequest
             * @instance
             */
            RegistryStateRequest.prototype.masterSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RegistryStateRequest masterDigest.
             * @member {string} masterDigest
             * @memberof warden.cluster.RegistryStateRequest
             * @instance
             */
            RegistryStateRequest.prototype.masterDigest = "";

            /**
             * Creates a new RegistryStateRequest instance using the specified properties.
             * @function create
             * @memberof warden.cluster.RegistryStateRequest
             * @static
             * @param {warden.cluster.RegistryStateRequest.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.RegistryStateRequest} RegistryStateRequest instance
             * @type {{
             *   (properties: warden.cluster.RegistryStateRequest.$Shape): warden.cluster.RegistryStateRequest & warden.cluster.RegistryStateRequest.$Shape;
             *   (properties?: warden.cluster.RegistryStateRequest.$Properties): warden.cluster.RegistryStateRequest;
             * }}
             */
            RegistryStateRequest.create = function(properties) {
                return new RegistryStateRequest(properties);
            };

            /**
             * Encodes the specified RegistryStateRequest message. Does not implicitly {@link warden.cluster.RegistryStateRequest.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.RegistryStateRequest
             * @static
             * @param {warden.cluster.RegistryStateRequest.$Properties} message RegistryStateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistryStateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.masterSeq != null && $Object.hasOwnProperty.call(message, "masterSeq") && (typeof message.masterSeq === "object" ? message.masterSeq.low || message.masterSeq.high : message.masterSeq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.masterSeq);
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest") && message.masterDigest !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.masterDigest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RegistryStateRequest message, length delimited. Does not implicitly {@link warden.cluster.RegistryStateRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.RegistryStateRequest
             * @static
             * @param {warden.cluster.RegistryStateRequest.$Properties} message RegistryStateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistryStateRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegistryStateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.RegistryStateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.RegistryStateRequest & warden.cluster.RegistryStateRequest.$Shape} RegistryStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistryStateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.RegistryStateRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.masterSeq = value;
                            else
                                delete message.masterSeq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.masterDigest = value;
                            else
                                delete message.masterDigest;
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
             * Decodes a RegistryStateRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.RegistryStateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.RegistryStateRequest & warden.cluster.RegistryStateRequest.$Shape} RegistryStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistryStateRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegistryStateRequest message.
             * @function verify
             * @memberof warden.cluster.RegistryStateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegistryStateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.masterSeq != null && $Object.hasOwnProperty.call(message, "masterSeq"))
                    if (!$util.isInteger(message.masterSeq) && !(message.masterSeq && $util.isInteger(message.masterSeq.low) && $util.isInteger(message.masterSeq.high)))
                        return "masterSeq: integer|Long expected";
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest"))
                    if (!$util.isString(message.masterDigest))
                        return "masterDigest: string expected";
                return null;
            };

            /**
             * Creates a RegistryStateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.RegistryStateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.RegistryStateRequest} RegistryStateRequest
             */
            RegistryStateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.RegistryStateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.RegistryStateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.RegistryStateRequest();
                if (object.masterSeq != null)
                    if (typeof object.masterSeq === "object" ? object.masterSeq.low || object.masterSeq.high : $Number(object.masterSeq) !== 0)
                        if ($util.Long)
                            message.masterSeq = $util.Long.fromValue(object.masterSeq, true);
                        else if (typeof object.masterSeq === "string")
                            message.masterSeq = $parseInt(object.masterSeq, 10);
                        else if (typeof object.masterSeq === "number")
                            message.masterSeq = object.masterSeq;
                        else if (typeof object.masterSeq === "object")
                            message.masterSeq = new $util.LongBits(object.masterSeq.low >>> 0, object.masterSeq.high >>> 0).toNumber(true);
                if (object.masterDigest != null)
                    if (typeof object.masterDigest !== "string" || object.masterDigest.length)
                        message.masterDigest = $String(object.masterDigest);
                return message;
            };

            /**
             * Creates a plain object from a RegistryStateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.RegistryStateRequest
             * @static
             * @param {warden.cluster.RegistryStateRequest} message RegistryStateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegistryStateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.masterSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.masterSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.masterDigest = "";
                }
                if (message.masterSeq != null && $Object.hasOwnProperty.call(message, "masterSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.masterSeq = typeof message.masterSeq === "number" ? $BigInt(message.masterSeq) : $util.Long.fromBits(message.masterSeq.low >>> 0, message.masterSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.masterSeq === "number")
                        object.masterSeq = options.longs === $String ? $String(message.masterSeq) : message.masterSeq;
                    else
                        object.masterSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.masterSeq) : options.longs === $Number ? new $util.LongBits(message.masterSeq.low >>> 0, message.masterSeq.high >>> 0).toNumber(true) : message.masterSeq;
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest"))
                    object.masterDigest = message.masterDigest;
                return object;
            };

            /**
             * Converts this RegistryStateRequest to JSON.
             * @function toJSON
             * @memberof warden.cluster.RegistryStateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegistryStateRequest.prototype.toJSON = function() {
                return RegistryStateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegistryStateRequest
             * @function getTypeUrl
             * @memberof warden.cluster.RegistryStateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegistryStateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.RegistryStateRequest";
            };

            return RegistryStateRequest;
        })();

        cluster.RegistryState = (function() {

            /**
             * Properties of a RegistryState.
             * @typedef {Object} warden.cluster.RegistryState.$Properties
             * @property {number|null} [seq] RegistryState seq
             * @property {string|null} [digest] RegistryState digest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegistryState.
             * @memberof warden.cluster
             * @interface IRegistryState
             * @augments warden.cluster.RegistryState.$Properties
             * @deprecated Use warden.cluster.RegistryState.$Properties instead.
             */

            /**
             * Shape of a RegistryState.
             * @typedef {warden.cluster.RegistryState.$Properties} warden.cluster.RegistryState.$Shape
             */

            /**
             * Constructs a new RegistryState.
             * @memberof warden.cluster
             * @classdesc Represents a RegistryState.
             * @constructor
             * @param {warden.cluster.RegistryState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RegistryState = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegistryState seq.
             * @member {number} seq
             * @memberof warden.cluster.RegistryState
             * @instance
             */
            RegistryState.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RegistryState digest.
             * @member {string} digest
             * @memberof warden.cluster.RegistryState
             * @instance
             */
            RegistryState.prototype.digest = "";

            /**
             * Creates a new RegistryState instance using the specified properties.
             * @function create
             * @memberof warden.cluster.RegistryState
             * @static
             * @param {warden.cluster.RegistryState.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.RegistryState} RegistryState instance
             * @type {{
             *   (properties: warden.cluster.RegistryState.$Shape): warden.cluster.RegistryState & warden.cluster.RegistryState.$Shape;
             *   (properties?: warden.cluster.RegistryState.$Properties): warden.cluster.RegistryState;
             * }}
             */
            RegistryState.create = function(properties) {
                return new RegistryState(properties);
            };

            /**
             * Encodes the specified RegistryState message. Does not implicitly {@link warden.cluster.RegistryState.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.RegistryState
             * @static
             * @param {warden.cluster.RegistryState.$Properties} message RegistryState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistryState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.digest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RegistryState message, length delimited. Does not implicitly {@link warden.cluster.RegistryState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.RegistryState
             * @static
             * @param {warden.cluster.RegistryState.$Properties} message RegistryState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistryState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegistryState message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.RegistryState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.RegistryState & warden.cluster.RegistryState.$Shape} RegistryState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistryState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.RegistryState();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.digest = value;
                            else
                                delete message.digest;
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
             * Decodes a RegistryState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.RegistryState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.RegistryState & warden.cluster.RegistryState.$Shape} RegistryState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistryState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegistryState message.
             * @function verify
             * @memberof warden.cluster.RegistryState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegistryState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    if (!$util.isString(message.digest))
                        return "digest: string expected";
                return null;
            };

            /**
             * Creates a RegistryState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.RegistryState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.RegistryState} RegistryState
             */
            RegistryState.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.RegistryState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.RegistryState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.RegistryState();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.digest != null)
                    if (typeof object.digest !== "string" || object.digest.length)
                        message.digest = $String(object.digest);
                return message;
            };

            /**
             * Creates a plain object from a RegistryState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.RegistryState
             * @static
             * @param {warden.cluster.RegistryState} message RegistryState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegistryState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.digest = "";
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    object.digest = message.digest;
                return object;
            };

            /**
             * Converts this RegistryState to JSON.
             * @function toJSON
             * @memberof warden.cluster.RegistryState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegistryState.prototype.toJSON = function() {
                return RegistryState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegistryState
             * @function getTypeUrl
             * @memberof warden.cluster.RegistryState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegistryState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.RegistryState";
            };

            return RegistryState;
        })();

        cluster.RegistryUpdate = (function() {

            /**
             * Properties of a RegistryUpdate.
             * @typedef {Object} warden.cluster.RegistryUpdate.$Properties
             * @property {boolean|null} [full] RegistryUpdate full
             * @property {number|null} [toSeq] RegistryUpdate toSeq
             * @property {Array.<warden.cluster.RegistryAgent.$Properties>|null} [upserts] RegistryUpdate upserts
             * @property {Array.<number>|null} [deletes] RegistryUpdate deletes
             * @property {boolean|null} [last] RegistryUpdate last
             * @property {string|null} [digest] RegistryUpdate digest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegistryUpdate.
             * @memberof warden.cluster
             * @interface IRegistryUpdate
             * @augments warden.cluster.RegistryUpdate.$Properties
             * @deprecated Use warden.cluster.RegistryUpdate.$Properties instead.
             */

            /**
             * Shape of a RegistryUpdate.
             * @typedef {warden.cluster.RegistryUpdate.$Properties} warden.cluster.RegistryUpdate.$Shape
             */

            /**
             * Constructs a new RegistryUpdate.
             * @memberof warden.cluster
             * @classdesc Represents a RegistryUpdate.
             * @constructor
             * @param {warden.cluster.RegistryUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RegistryUpdate = function (properties) {
                this.upserts = [];
                this.deletes = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegistryUpdate full.
             * @member {boolean} full
             * @memberof warden.cluster.RegistryUpdate
             * @instance
             */
            RegistryUpdate.prototype.full = false;

            /**
             * RegistryUpdate toSeq.
             * @member {number} toSeq
             * @memberof warden.cluster.RegistryUpdate
             * @instance
             */
            RegistryUpdate.prototype.toSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RegistryUpdate upserts.
             * @member {Array.<warden.cluster.RegistryAgent.$Properties>} upserts
             * @memberof warden.cluster.RegistryUpdate
             * @instance
             */
            RegistryUpdate.prototype.upserts = $util.emptyArray;

            /**
             * RegistryUpdate deletes.
             * @member {Array.<number>} deletes
             * @memberof warden.cluster.RegistryUpdate
             * @instance
             */
            RegistryUpdate.prototype.deletes = $util.emptyArray;

            /**
             * RegistryUpdate last.
             * @member {boolean} last
             * @memberof warden.cluster.RegistryUpdate
             * @instance
             */
            RegistryUpdate.prototype.last = false;

            /**
             * RegistryUpdate digest.
             * @member {string} digest
             * @memberof warden.cluster.RegistryUpdate
             * @instance
             */
            RegistryUpdate.prototype.digest = "";

            /**
             * Creates a new RegistryUpdate instance using the specified properties.
             * @function create
             * @memberof warden.cluster.RegistryUpdate
             * @static
             * @param {warden.cluster.RegistryUpdate.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.RegistryUpdate} RegistryUpdate instance
             * @type {{
             *   (properties: warden.cluster.RegistryUpdate.$Shape): warden.cluster.RegistryUpdate & warden.cluster.RegistryUpdate.$Shape;
             *   (properties?: warden.cluster.RegistryUpdate.$Properties): warden.cluster.RegistryUpdate;
             * }}
             */
            RegistryUpdate.create = function(properties) {
                return new RegistryUpdate(properties);
            };

            /**
             * Encodes the specified RegistryUpdate message. Does not implicitly {@link warden.cluster.RegistryUpdate.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.RegistryUpdate
             * @static
             * @param {warden.cluster.RegistryUpdate.$Properties} message RegistryUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistryUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.full != null && $Object.hasOwnProperty.call(message, "full") && message.full !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.full);
                if (message.toSeq != null && $Object.hasOwnProperty.call(message, "toSeq") && (typeof message.toSeq === "object" ? message.toSeq.low || message.toSeq.high : message.toSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.toSeq);
                if (message.upserts != null && message.upserts.length)
                    for (var i = 0; i < message.upserts.length; ++i)
                        $root.warden.cluster.RegistryAgent.encode(message.upserts[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.deletes != null && message.deletes.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.deletes);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.last);
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.digest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RegistryUpdate message, length delimited. Does not implicitly {@link warden.cluster.RegistryUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.RegistryUpdate
             * @static
             * @param {warden.cluster.RegistryUpdate.$Properties} message RegistryUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistryUpdate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegistryUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.RegistryUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.RegistryUpdate & warden.cluster.RegistryUpdate.$Shape} RegistryUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistryUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.RegistryUpdate();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.full = value;
                            else
                                delete message.full;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.toSeq = value;
                            else
                                delete message.toSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.upserts && message.upserts.length))
                                message.upserts = [];
                            message.upserts.push($root.warden.cluster.RegistryAgent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.deletes && message.deletes.length))
                                    message.deletes = [];
                                reader.uint32s(message.deletes);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.deletes && message.deletes.length))
                                message.deletes = [];
                            message.deletes.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.last = value;
                            else
                                delete message.last;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.digest = value;
                            else
                                delete message.digest;
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
             * Decodes a RegistryUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.RegistryUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.RegistryUpdate & warden.cluster.RegistryUpdate.$Shape} RegistryUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistryUpdate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegistryUpdate message.
             * @function verify
             * @memberof warden.cluster.RegistryUpdate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegistryUpdate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.full != null && $Object.hasOwnProperty.call(message, "full"))
                    if (typeof message.full !== "boolean")
                        return "full: boolean expected";
                if (message.toSeq != null && $Object.hasOwnProperty.call(message, "toSeq"))
                    if (!$util.isInteger(message.toSeq) && !(message.toSeq && $util.isInteger(message.toSeq.low) && $util.isInteger(message.toSeq.high)))
                        return "toSeq: integer|Long expected";
                if (message.upserts != null && $Object.hasOwnProperty.call(message, "upserts")) {
                    if (!$Array.isArray(message.upserts))
                        return "upserts: array expected";
                    for (var i = 0; i < message.upserts.length; ++i) {
                        var error = $root.warden.cluster.RegistryAgent.verify(message.upserts[i], _depth + 1);
                        if (error)
                            return "upserts." + error;
                    }
                }
                if (message.deletes != null && $Object.hasOwnProperty.call(message, "deletes")) {
                    if (!$Array.isArray(message.deletes))
                        return "deletes: array expected";
                    for (var i = 0; i < message.deletes.length; ++i)
                        if (!$util.isInteger(message.deletes[i]))
                            return "deletes: integer[] expected";
                }
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    if (typeof message.last !== "boolean")
                        return "last: boolean expected";
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    if (!$util.isString(message.digest))
                        return "digest: string expected";
                return null;
            };

            /**
             * Creates a RegistryUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.RegistryUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.RegistryUpdate} RegistryUpdate
             */
            RegistryUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.RegistryUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.RegistryUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.RegistryUpdate();
                if (object.full != null)
                    if (object.full)
                        message.full = $Boolean(object.full);
                if (object.toSeq != null)
                    if (typeof object.toSeq === "object" ? object.toSeq.low || object.toSeq.high : $Number(object.toSeq) !== 0)
                        if ($util.Long)
                            message.toSeq = $util.Long.fromValue(object.toSeq, true);
                        else if (typeof object.toSeq === "string")
                            message.toSeq = $parseInt(object.toSeq, 10);
                        else if (typeof object.toSeq === "number")
                            message.toSeq = object.toSeq;
                        else if (typeof object.toSeq === "object")
                            message.toSeq = new $util.LongBits(object.toSeq.low >>> 0, object.toSeq.high >>> 0).toNumber(true);
                if (object.upserts) {
                    if (!$Array.isArray(object.upserts))
                        throw $TypeError(".warden.cluster.RegistryUpdate.upserts: array expected");
                    message.upserts = $Array(object.upserts.length);
                    for (var i = 0; i < object.upserts.length; ++i) {
                        if (!$util.isObject(object.upserts[i]))
                            throw $TypeError(".warden.cluster.RegistryUpdate.upserts: object expected");
                        message.upserts[i] = $root.warden.cluster.RegistryAgent.fromObject(object.upserts[i], _depth + 1);
                    }
                }
                if (object.deletes) {
                    if (!$Array.isArray(object.deletes))
                        throw $TypeError(".warden.cluster.RegistryUpdate.deletes: array expected");
                    message.deletes = $Array(object.deletes.length);
                    for (var i = 0; i < object.deletes.length; ++i)
                        message.deletes[i] = object.deletes[i] >>> 0;
                }
                if (object.last != null)
                    if (object.last)
                        message.last = $Boolean(object.last);
                if (object.digest != null)
                    if (typeof object.digest !== "string" || object.digest.length)
                        message.digest = $String(object.digest);
                return message;
            };

            /**
             * Creates a plain object from a RegistryUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.RegistryUpdate
             * @static
             * @param {warden.cluster.RegistryUpdate} message RegistryUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegistryUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.upserts = [];
                    object.deletes = [];
                }
                if (options.defaults) {
                    object.full = false;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.toSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.toSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.last = false;
                    object.digest = "";
                }
                if (message.full != null && $Object.hasOwnProperty.call(message, "full"))
                    object.full = message.full;
                if (message.toSeq != null && $Object.hasOwnProperty.call(message, "toSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.toSeq = typeof message.toSeq === "number" ? $BigInt(message.toSeq) : $util.Long.fromBits(message.toSeq.low >>> 0, message.toSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.toSeq === "number")
                        object.toSeq = options.longs === $String ? $String(message.toSeq) : message.toSeq;
                    else
                        object.toSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.toSeq) : options.longs === $Number ? new $util.LongBits(message.toSeq.low >>> 0, message.toSeq.high >>> 0).toNumber(true) : message.toSeq;
                if (message.upserts && message.upserts.length) {
                    object.upserts = $Array(message.upserts.length);
                    for (var j = 0; j < message.upserts.length; ++j)
                        object.upserts[j] = $root.warden.cluster.RegistryAgent.toObject(message.upserts[j], options, _depth + 1);
                }
                if (message.deletes && message.deletes.length) {
                    object.deletes = $Array(message.deletes.length);
                    for (var j = 0; j < message.deletes.length; ++j)
                        object.deletes[j] = message.deletes[j];
                }
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    object.last = message.last;
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    object.digest = message.digest;
                return object;
            };

            /**
             * Converts this RegistryUpdate to JSON.
             * @function toJSON
             * @memberof warden.cluster.RegistryUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegistryUpdate.prototype.toJSON = function() {
                return RegistryUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegistryUpdate
             * @function getTypeUrl
             * @memberof warden.cluster.RegistryUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegistryUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.RegistryUpdate";
            };

            return RegistryUpdate;
        })();

        cluster.RegistryAgent = (function() {

            /**
             * Properties of a RegistryAgent.
             * @typedef {Object} warden.cluster.RegistryAgent.$Properties
             * @property {number|null} [id] RegistryAgent id
             * @property {string|null} [name] RegistryAgent name
             * @property {string|null} [ip] RegistryAgent ip
             * @property {string|null} [key] RegistryAgent key
             * @property {Array.<string>|null} [groups] RegistryAgent groups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegistryAgent.
             * @memberof warden.cluster
             * @interface IRegistryAgent
             * @augments warden.cluster.RegistryAgent.$Properties
             * @deprecated Use warden.cluster.RegistryAgent.$Properties instead.
             */

            /**
             * Shape of a RegistryAgent.
             * @typedef {warden.cluster.RegistryAgent.$Properties} warden.cluster.RegistryAgent.$Shape
             */

            /**
             * Constructs a new RegistryAgent.
             * @memberof warden.cluster
             * @classdesc Represents a RegistryAgent.
             * @constructor
             * @param {warden.cluster.RegistryAgent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RegistryAgent = function (properties) {
                this.groups = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegistryAgent id.
             * @member {number} id
             * @memberof warden.cluster.RegistryAgent
             * @instance
             */
            RegistryAgent.prototype.id = 0;

            /**
             * RegistryAgent name.
             * @member {string} name
             * @memberof warden.cluster.RegistryAgent
             * @instance
             */
            RegistryAgent.prototype.name = "";

            /**
             * RegistryAgent ip.
             * @member {string} ip
             * @memberof warden.cluster.RegistryAgent
             * @instance
             */
            RegistryAgent.prototype.ip = "";

            /**
             * RegistryAgent key.
             * @member {string} key
             * @memberof warden.cluster.RegistryAgent
             * @instance
             */
            RegistryAgent.prototype.key = "";

            /**
             * RegistryAgent groups.
             * @member {Array.<string>} groups
             * @memberof warden.cluster.RegistryAgent
             * @instance
             */
            RegistryAgent.prototype.groups = $util.emptyArray;

            /**
             * Creates a new RegistryAgent instance using the specified properties.
             * @function create
             * @memberof warden.cluster.RegistryAgent
             * @static
             * @param {warden.cluster.RegistryAgent.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.RegistryAgent} RegistryAgent instance
             * @type {{
             *   (properties: warden.cluster.RegistryAgent.$Shape): warden.cluster.RegistryAgent & warden.cluster.RegistryAgent.$Shape;
             *   (properties?: warden.cluster.RegistryAgent.$Properties): warden.cluster.RegistryAgent;
             * }}
             */
            RegistryAgent.create = function(properties) {
                return new RegistryAgent(properties);
            };

            /**
             * Encodes the specified RegistryAgent message. Does not implicitly {@link warden.cluster.RegistryAgent.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.RegistryAgent
             * @static
             * @param {warden.cluster.RegistryAgent.$Properties} message RegistryAgent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistryAgent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ip);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.key);
                if (message.groups != null && message.groups.length)
                    for (var i = 0; i < message.groups.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.groups[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RegistryAgent message, length delimited. Does not implicitly {@link warden.cluster.RegistryAgent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.RegistryAgent
             * @static
             * @param {warden.cluster.RegistryAgent.$Properties} message RegistryAgent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegistryAgent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegistryAgent message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.RegistryAgent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.RegistryAgent & warden.cluster.RegistryAgent.$Shape} RegistryAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistryAgent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.RegistryAgent();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push(reader.stringVerify());
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
             * Decodes a RegistryAgent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.RegistryAgent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.RegistryAgent & warden.cluster.RegistryAgent.$Shape} RegistryAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegistryAgent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegistryAgent message.
             * @function verify
             * @memberof warden.cluster.RegistryAgent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegistryAgent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    if (!$util.isString(message.ip))
                        return "ip: string expected";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.groups != null && $Object.hasOwnProperty.call(message, "groups")) {
                    if (!$Array.isArray(message.groups))
                        return "groups: array expected";
                    for (var i = 0; i < message.groups.length; ++i)
                        if (!$util.isString(message.groups[i]))
                            return "groups: string[] expected";
                }
                return null;
            };

            /**
             * Creates a RegistryAgent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.RegistryAgent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.RegistryAgent} RegistryAgent
             */
            RegistryAgent.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.RegistryAgent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.RegistryAgent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.RegistryAgent();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.groups) {
                    if (!$Array.isArray(object.groups))
                        throw $TypeError(".warden.cluster.RegistryAgent.groups: array expected");
                    message.groups = $Array(object.groups.length);
                    for (var i = 0; i < object.groups.length; ++i)
                        message.groups[i] = $String(object.groups[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a RegistryAgent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.RegistryAgent
             * @static
             * @param {warden.cluster.RegistryAgent} message RegistryAgent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegistryAgent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.groups = [];
                if (options.defaults) {
                    object.id = 0;
                    object.name = "";
                    object.ip = "";
                    object.key = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.groups && message.groups.length) {
                    object.groups = $Array(message.groups.length);
                    for (var j = 0; j < message.groups.length; ++j)
                        object.groups[j] = message.groups[j];
                }
                return object;
            };

            /**
             * Converts this RegistryAgent to JSON.
             * @function toJSON
             * @memberof warden.cluster.RegistryAgent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegistryAgent.prototype.toJSON = function() {
                return RegistryAgent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegistryAgent
             * @function getTypeUrl
             * @memberof warden.cluster.RegistryAgent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegistryAgent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.RegistryAgent";
            };

            return RegistryAgent;
        })();

        cluster.IntegrityFile = (function() {

            /**
             * Properties of an IntegrityFile.
             * @typedef {Object} warden.cluster.IntegrityFile.$Properties
             * @property {string|null} [path] IntegrityFile path
             * @property {string|null} [md5] IntegrityFile md5
             * @property {number|null} [size] IntegrityFile size
             * @property {number|null} [mtimeMs] IntegrityFile mtimeMs
             * @property {number|null} [mode] IntegrityFile mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityFile.
             * @memberof warden.cluster
             * @interface IIntegrityFile
             * @augments warden.cluster.IntegrityFile.$Properties
             * @deprecated Use warden.cluster.IntegrityFile.$Properties instead.
             */

            /**
             * Shape of an IntegrityFile.
             * @typedef {warden.cluster.IntegrityFile.$Properties} warden.cluster.IntegrityFile.$Shape
             */

            /**
             * Constructs a new IntegrityFile.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityFile.
             * @constructor
             * @param {warden.cluster.IntegrityFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityFile = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntegrityFile path.
             * @member {string} path
             * @memberof warden.cluster.IntegrityFile
             * @instance
             */
            IntegrityFile.prototype.path = "";

            /**
             * IntegrityFile md5.
             * @member {string} md5
             * @memberof warden.cluster.IntegrityFile
             * @instance
             */
            IntegrityFile.prototype.md5 = "";

            /**
             * IntegrityFile size.
             * @member {number} size
             * @memberof warden.cluster.IntegrityFile
             * @instance
             */
            IntegrityFile.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * IntegrityFile mtimeMs.
             * @member {number} mtimeMs
             * @memberof warden.cluster.IntegrityFile
             * @instance
             */
            IntegrityFile.prototype.mtimeMs = 0;

            /**
             * IntegrityFile mode.
             * @member {number} mode
             * @memberof warden.cluster.IntegrityFile
             * @instance
             */
            IntegrityFile.prototype.mode = 0;

            /**
             * Creates a new IntegrityFile instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityFile
             * @static
             * @param {warden.cluster.IntegrityFile.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityFile} IntegrityFile instance
             * @type {{
             *   (properties: warden.cluster.IntegrityFile.$Shape): warden.cluster.IntegrityFile & warden.cluster.IntegrityFile.$Shape;
             *   (properties?: warden.cluster.IntegrityFile.$Properties): warden.cluster.IntegrityFile;
             * }}
             */
            IntegrityFile.create = function(properties) {
                return new IntegrityFile(properties);
            };

            /**
             * Encodes the specified IntegrityFile message. Does not implicitly {@link warden.cluster.IntegrityFile.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityFile
             * @static
             * @param {warden.cluster.IntegrityFile.$Properties} message IntegrityFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.md5 != null && $Object.hasOwnProperty.call(message, "md5") && message.md5 !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.md5);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.size);
                if (message.mtimeMs != null && $Object.hasOwnProperty.call(message, "mtimeMs") && !$Object.is(message.mtimeMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.mtimeMs);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityFile message, length delimited. Does not implicitly {@link warden.cluster.IntegrityFile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityFile
             * @static
             * @param {warden.cluster.IntegrityFile.$Properties} message IntegrityFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityFile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityFile message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityFile & warden.cluster.IntegrityFile.$Shape} IntegrityFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityFile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityFile();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.md5 = value;
                            else
                                delete message.md5;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.mtimeMs = value;
                            else
                                delete message.mtimeMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mode = value;
                            else
                                delete message.mode;
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
             * Decodes an IntegrityFile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityFile & warden.cluster.IntegrityFile.$Shape} IntegrityFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityFile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityFile message.
             * @function verify
             * @memberof warden.cluster.IntegrityFile
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityFile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.md5 != null && $Object.hasOwnProperty.call(message, "md5"))
                    if (!$util.isString(message.md5))
                        return "md5: string expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.mtimeMs != null && $Object.hasOwnProperty.call(message, "mtimeMs"))
                    if (typeof message.mtimeMs !== "number")
                        return "mtimeMs: number expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (!$util.isInteger(message.mode))
                        return "mode: integer expected";
                return null;
            };

            /**
             * Creates an IntegrityFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityFile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityFile} IntegrityFile
             */
            IntegrityFile.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.IntegrityFile();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.md5 != null)
                    if (typeof object.md5 !== "string" || object.md5.length)
                        message.md5 = $String(object.md5);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.mtimeMs != null)
                    if (!$Object.is($Number(object.mtimeMs), 0))
                        message.mtimeMs = $Number(object.mtimeMs);
                if (object.mode != null)
                    if ($Number(object.mode) !== 0)
                        message.mode = object.mode >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an IntegrityFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityFile
             * @static
             * @param {warden.cluster.IntegrityFile} message IntegrityFile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.path = "";
                    object.md5 = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.mtimeMs = 0;
                    object.mode = 0;
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.md5 != null && $Object.hasOwnProperty.call(message, "md5"))
                    object.md5 = message.md5;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.mtimeMs != null && $Object.hasOwnProperty.call(message, "mtimeMs"))
                    object.mtimeMs = options.json && !$isFinite(message.mtimeMs) ? $String(message.mtimeMs) : message.mtimeMs;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                return object;
            };

            /**
             * Converts this IntegrityFile to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityFile.prototype.toJSON = function() {
                return IntegrityFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityFile
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityFile";
            };

            return IntegrityFile;
        })();

        cluster.IntegrityCheck = (function() {

            /**
             * Properties of an IntegrityCheck.
             * @typedef {Object} warden.cluster.IntegrityCheck.$Properties
             * @property {string|null} [digest] IntegrityCheck digest
             * @property {Object.<string,string>|null} [folders] IntegrityCheck folders
             * @property {number|null} [files] IntegrityCheck files
             * @property {number|null} [bytes] IntegrityCheck bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityCheck.
             * @memberof warden.cluster
             * @interface IIntegrityCheck
             * @augments warden.cluster.IntegrityCheck.$Properties
             * @deprecated Use warden.cluster.IntegrityCheck.$Properties instead.
             */

            /**
             * Shape of an IntegrityCheck.
             * @typedef {warden.cluster.IntegrityCheck.$Properties} warden.cluster.IntegrityCheck.$Shape
             */

            /**
             * Constructs a new IntegrityCheck.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityCheck.
             * @constructor
             * @param {warden.cluster.IntegrityCheck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityCheck = function (properties) {
                this.folders = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntegrityCheck digest.
             * @member {string} digest
             * @memberof warden.cluster.IntegrityCheck
             * @instance
             */
            IntegrityCheck.prototype.digest = "";

            /**
             * IntegrityCheck folders.
             * @member {Object.<string,string>} folders
             * @memberof warden.cluster.IntegrityCheck
             * @instance
             */
            IntegrityCheck.prototype.folders = $util.emptyObject;

            /**
             * IntegrityCheck files.
             * @member {number} files
             * @memberof warden.cluster.IntegrityCheck
             * @instance
             */
            IntegrityCheck.prototype.files = 0;

            /**
             * IntegrityCheck bytes.
             * @member {number} bytes
             * @memberof warden.cluster.IntegrityCheck
             * @instance
             */
            IntegrityCheck.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new IntegrityCheck instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityCheck
             * @static
             * @param {warden.cluster.IntegrityCheck.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityCheck} IntegrityCheck instance
             * @type {{
             *   (properties: warden.cluster.IntegrityCheck.$Shape): warden.cluster.IntegrityCheck & warden.cluster.IntegrityCheck.$Shape;
             *   (properties?: warden.cluster.IntegrityCheck.$Properties): warden.cluster.IntegrityCheck;
             * }}
             */
            IntegrityCheck.create = function(properties) {
                return new IntegrityCheck(properties);
            };

            /**
             * Encodes the specified IntegrityCheck message. Does not implicitly {@link warden.cluster.IntegrityCheck.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityCheck
             * @static
             * @param {warden.cluster.IntegrityCheck.$Properties} message IntegrityCheck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityCheck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.digest);
                if (message.folders != null && $Object.hasOwnProperty.call(message, "folders"))
                    for (var keys = $Object.keys(message.folders), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.folders[keys[i]]).ldelim();
                if (message.files != null && $Object.hasOwnProperty.call(message, "files") && message.files !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.files);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityCheck message, length delimited. Does not implicitly {@link warden.cluster.IntegrityCheck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityCheck
             * @static
             * @param {warden.cluster.IntegrityCheck.$Properties} message IntegrityCheck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityCheck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityCheck message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityCheck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityCheck & warden.cluster.IntegrityCheck.$Shape} IntegrityCheck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityCheck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityCheck();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.digest = value;
                            else
                                delete message.digest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.folders === $util.emptyObject)
                                message.folders = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.folders, key);
                            message.folders[key] = value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.files = value;
                            else
                                delete message.files;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
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
             * Decodes an IntegrityCheck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityCheck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityCheck & warden.cluster.IntegrityCheck.$Shape} IntegrityCheck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityCheck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityCheck message.
             * @function verify
             * @memberof warden.cluster.IntegrityCheck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityCheck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    if (!$util.isString(message.digest))
                        return "digest: string expected";
                if (message.folders != null && $Object.hasOwnProperty.call(message, "folders")) {
                    if (!$util.isObject(message.folders))
                        return "folders: object expected";
                    var key = $Object.keys(message.folders);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.folders[key[i]]))
                            return "folders: string{k:string} expected";
                }
                if (message.files != null && $Object.hasOwnProperty.call(message, "files"))
                    if (!$util.isInteger(message.files))
                        return "files: integer expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                return null;
            };

            /**
             * Creates an IntegrityCheck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityCheck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityCheck} IntegrityCheck
             */
            IntegrityCheck.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityCheck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityCheck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.IntegrityCheck();
                if (object.digest != null)
                    if (typeof object.digest !== "string" || object.digest.length)
                        message.digest = $String(object.digest);
                if (object.folders) {
                    if (!$util.isObject(object.folders))
                        throw $TypeError(".warden.cluster.IntegrityCheck.folders: object expected");
                    message.folders = {};
                    for (var keys = $Object.keys(object.folders), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.folders, keys[i]);
                        message.folders[keys[i]] = $String(object.folders[keys[i]]);
                    }
                }
                if (object.files != null)
                    if ($Number(object.files) !== 0)
                        message.files = object.files >>> 0;
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an IntegrityCheck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityCheck
             * @static
             * @param {warden.cluster.IntegrityCheck} message IntegrityCheck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityCheck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.objects || options.defaults)
                    object.folders = {};
                if (options.defaults) {
                    object.digest = "";
                    object.files = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    object.digest = message.digest;
                var keys2;
                if (message.folders && (keys2 = $Object.keys(message.folders)).length) {
                    object.folders = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.folders, keys2[j]);
                        object.folders[keys2[j]] = message.folders[keys2[j]];
                    }
                }
                if (message.files != null && $Object.hasOwnProperty.call(message, "files"))
                    object.files = message.files;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                return object;
            };

            /**
             * Converts this IntegrityCheck to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityCheck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityCheck.prototype.toJSON = function() {
                return IntegrityCheck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityCheck
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityCheck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityCheck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityCheck";
            };

            return IntegrityCheck;
        })();

        cluster.IntegrityStatus = (function() {

            /**
             * Properties of an IntegrityStatus.
             * @typedef {Object} warden.cluster.IntegrityStatus.$Properties
             * @property {boolean|null} [inSync] IntegrityStatus inSync
             * @property {string|null} [masterDigest] IntegrityStatus masterDigest
             * @property {boolean|null} [ready] IntegrityStatus ready
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityStatus.
             * @memberof warden.cluster
             * @interface IIntegrityStatus
             * @augments warden.cluster.IntegrityStatus.$Properties
             * @deprecated Use warden.cluster.IntegrityStatus.$Properties instead.
             */

            /**
             * Shape of an IntegrityStatus.
             * @typedef {warden.cluster.IntegrityStatus.$Properties} warden.cluster.IntegrityStatus.$Shape
             */

            /**
             * Constructs a new IntegrityStatus.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityStatus.
             * @constructor
             * @param {warden.cluster.IntegrityStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityStatus = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntegrityStatus inSync.
             * @member {boolean} inSync
             * @memberof warden.cluster.IntegrityStatus
             * @instance
             */
            IntegrityStatus.prototype.inSync = false;

            /**
             * IntegrityStatus masterDigest.
             * @member {string} masterDigest
             * @memberof warden.cluster.IntegrityStatus
             * @instance
             */
            IntegrityStatus.prototype.masterDigest = "";

            /**
             * IntegrityStatus ready.
             * @member {boolean} ready
             * @memberof warden.cluster.IntegrityStatus
             * @instance
             */
            IntegrityStatus.prototype.ready = false;

            /**
             * Creates a new IntegrityStatus instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityStatus
             * @static
             * @param {warden.cluster.IntegrityStatus.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityStatus} IntegrityStatus instance
             * @type {{
             *   (properties: warden.cluster.IntegrityStatus.$Shape): warden.cluster.IntegrityStatus & warden.cluster.IntegrityStatus.$Shape;
             *   (properties?: warden.cluster.IntegrityStatus.$Properties): warden.cluster.IntegrityStatus;
             * }}
             */
            IntegrityStatus.create = function(properties) {
                return new IntegrityStatus(properties);
            };

            /**
             * Encodes the specified IntegrityStatus message. Does not implicitly {@link warden.cluster.IntegrityStatus.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityStatus
             * @static
             * @param {warden.cluster.IntegrityStatus.$Properties} message IntegrityStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.inSync != null && $Object.hasOwnProperty.call(message, "inSync") && message.inSync !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.inSync);
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest") && message.masterDigest !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.masterDigest);
                if (message.ready != null && $Object.hasOwnProperty.call(message, "ready") && message.ready !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.ready);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityStatus message, length delimited. Does not implicitly {@link warden.cluster.IntegrityStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityStatus
             * @static
             * @param {warden.cluster.IntegrityStatus.$Properties} message IntegrityStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityStatus message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityStatus & warden.cluster.IntegrityStatus.$Shape} IntegrityStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityStatus();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.inSync = value;
                            else
                                delete message.inSync;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.masterDigest = value;
                            else
                                delete message.masterDigest;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ready = value;
                            else
                                delete message.ready;
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
             * Decodes an IntegrityStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityStatus & warden.cluster.IntegrityStatus.$Shape} IntegrityStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityStatus message.
             * @function verify
             * @memberof warden.cluster.IntegrityStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.inSync != null && $Object.hasOwnProperty.call(message, "inSync"))
                    if (typeof message.inSync !== "boolean")
                        return "inSync: boolean expected";
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest"))
                    if (!$util.isString(message.masterDigest))
                        return "masterDigest: string expected";
                if (message.ready != null && $Object.hasOwnProperty.call(message, "ready"))
                    if (typeof message.ready !== "boolean")
                        return "ready: boolean expected";
                return null;
            };

            /**
             * Creates an IntegrityStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityStatus} IntegrityStatus
             */
            IntegrityStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.IntegrityStatus();
                if (object.inSync != null)
                    if (object.inSync)
                        message.inSync = $Boolean(object.inSync);
                if (object.masterDigest != null)
                    if (typeof object.masterDigest !== "string" || object.masterDigest.length)
                        message.masterDigest = $String(object.masterDigest);
                if (object.ready != null)
                    if (object.ready)
                        message.ready = $Boolean(object.ready);
                return message;
            };

            /**
             * Creates a plain object from an IntegrityStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityStatus
             * @static
             * @param {warden.cluster.IntegrityStatus} message IntegrityStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.inSync = false;
                    object.masterDigest = "";
                    object.ready = false;
                }
                if (message.inSync != null && $Object.hasOwnProperty.call(message, "inSync"))
                    object.inSync = message.inSync;
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest"))
                    object.masterDigest = message.masterDigest;
                if (message.ready != null && $Object.hasOwnProperty.call(message, "ready"))
                    object.ready = message.ready;
                return object;
            };

            /**
             * Converts this IntegrityStatus to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityStatus.prototype.toJSON = function() {
                return IntegrityStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityStatus
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityStatus";
            };

            return IntegrityStatus;
        })();

        cluster.IntegrityTable = (function() {

            /**
             * Properties of an IntegrityTable.
             * @typedef {Object} warden.cluster.IntegrityTable.$Properties
             * @property {number|null} [syncId] IntegrityTable syncId
             * @property {Array.<warden.cluster.IntegrityFile.$Properties>|null} [files] IntegrityTable files
             * @property {boolean|null} [last] IntegrityTable last
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityTable.
             * @memberof warden.cluster
             * @interface IIntegrityTable
             * @augments warden.cluster.IntegrityTable.$Properties
             * @deprecated Use warden.cluster.IntegrityTable.$Properties instead.
             */

            /**
             * Shape of an IntegrityTable.
             * @typedef {warden.cluster.IntegrityTable.$Properties} warden.cluster.IntegrityTable.$Shape
             */

            /**
             * Constructs a new IntegrityTable.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityTable.
             * @constructor
             * @param {warden.cluster.IntegrityTable.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityTable = function (properties) {
                this.files = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntegrityTable syncId.
             * @member {number} syncId
             * @memberof warden.cluster.IntegrityTable
             * @instance
             */
            IntegrityTable.prototype.syncId = 0;

            /**
             * IntegrityTable files.
             * @member {Array.<warden.cluster.IntegrityFile.$Properties>} files
             * @memberof warden.cluster.IntegrityTable
             * @instance
             */
            IntegrityTable.prototype.files = $util.emptyArray;

            /**
             * IntegrityTable last.
             * @member {boolean} last
             * @memberof warden.cluster.IntegrityTable
             * @instance
             */
            IntegrityTable.prototype.last = false;

            /**
             * Creates a new IntegrityTable instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityTable
             * @static
             * @param {warden.cluster.IntegrityTable.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityTable} IntegrityTable instance
             * @type {{
             *   (properties: warden.cluster.IntegrityTable.$Shape): warden.cluster.IntegrityTable & warden.cluster.IntegrityTable.$Shape;
             *   (properties?: warden.cluster.IntegrityTable.$Properties): warden.cluster.IntegrityTable;
             * }}
             */
            IntegrityTable.create = function(properties) {
                return new IntegrityTable(properties);
            };

            /**
             * Encodes the specified IntegrityTable message. Does not implicitly {@link warden.cluster.IntegrityTable.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityTable
             * @static
             * @param {warden.cluster.IntegrityTable.$Properties} message IntegrityTable message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityTable.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId") && message.syncId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.syncId);
                if (message.files != null && message.files.length)
                    for (var i = 0; i < message.files.length; ++i)
                        $root.warden.cluster.IntegrityFile.encode(message.files[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.last);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityTable message, length delimited. Does not implicitly {@link warden.cluster.IntegrityTable.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityTable
             * @static
             * @param {warden.cluster.IntegrityTable.$Properties} message IntegrityTable message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityTable.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityTable message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityTable
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityTable & warden.cluster.IntegrityTable.$Shape} IntegrityTable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityTable.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityTable();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.syncId = value;
                            else
                                delete message.syncId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.files && message.files.length))
                                message.files = [];
                            message.files.push($root.warden.cluster.IntegrityFile.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.last = value;
                            else
                                delete message.last;
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
             * Decodes an IntegrityTable message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityTable
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityTable & warden.cluster.IntegrityTable.$Shape} IntegrityTable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityTable.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityTable message.
             * @function verify
             * @memberof warden.cluster.IntegrityTable
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityTable.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    if (!$util.isInteger(message.syncId))
                        return "syncId: integer expected";
                if (message.files != null && $Object.hasOwnProperty.call(message, "files")) {
                    if (!$Array.isArray(message.files))
                        return "files: array expected";
                    for (var i = 0; i < message.files.length; ++i) {
                        var error = $root.warden.cluster.IntegrityFile.verify(message.files[i], _depth + 1);
                        if (error)
                            return "files." + error;
                    }
                }
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    if (typeof message.last !== "boolean")
                        return "last: boolean expected";
                return null;
            };

            /**
             * Creates an IntegrityTable message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityTable
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityTable} IntegrityTable
             */
            IntegrityTable.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityTable)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityTable: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.IntegrityTable();
                if (object.syncId != null)
                    if ($Number(object.syncId) !== 0)
                        message.syncId = object.syncId >>> 0;
                if (object.files) {
                    if (!$Array.isArray(object.files))
                        throw $TypeError(".warden.cluster.IntegrityTable.files: array expected");
                    message.files = $Array(object.files.length);
                    for (var i = 0; i < object.files.length; ++i) {
                        if (!$util.isObject(object.files[i]))
                            throw $TypeError(".warden.cluster.IntegrityTable.files: object expected");
                        message.files[i] = $root.warden.cluster.IntegrityFile.fromObject(object.files[i], _depth + 1);
                    }
                }
                if (object.last != null)
                    if (object.last)
                        message.last = $Boolean(object.last);
                return message;
            };

            /**
             * Creates a plain object from an IntegrityTable message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityTable
             * @static
             * @param {warden.cluster.IntegrityTable} message IntegrityTable
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityTable.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.files = [];
                if (options.defaults) {
                    object.syncId = 0;
                    object.last = false;
                }
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    object.syncId = message.syncId;
                if (message.files && message.files.length) {
                    object.files = $Array(message.files.length);
                    for (var j = 0; j < message.files.length; ++j)
                        object.files[j] = $root.warden.cluster.IntegrityFile.toObject(message.files[j], options, _depth + 1);
                }
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    object.last = message.last;
                return object;
            };

            /**
             * Converts this IntegrityTable to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityTable
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityTable.prototype.toJSON = function() {
                return IntegrityTable.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityTable
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityTable
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityTable.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityTable";
            };

            return IntegrityTable;
        })();

        cluster.IntegrityConflict = (function() {

            /**
             * Properties of an IntegrityConflict.
             * @typedef {Object} warden.cluster.IntegrityConflict.$Properties
             * @property {string|null} [path] IntegrityConflict path
             * @property {string|null} [workerHas] IntegrityConflict workerHas
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityConflict.
             * @memberof warden.cluster
             * @interface IIntegrityConflict
             * @augments warden.cluster.IntegrityConflict.$Properties
             * @deprecated Use warden.cluster.IntegrityConflict.$Properties instead.
             */

            /**
             * Shape of an IntegrityConflict.
             * @typedef {warden.cluster.IntegrityConflict.$Properties} warden.cluster.IntegrityConflict.$Shape
             */

            /**
             * Constructs a new IntegrityConflict.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityConflict.
             * @constructor
             * @param {warden.cluster.IntegrityConflict.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityConflict = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntegrityConflict path.
             * @member {string} path
             * @memberof warden.cluster.IntegrityConflict
             * @instance
             */
            IntegrityConflict.prototype.path = "";

            /**
             * IntegrityConflict workerHas.
             * @member {string} workerHas
             * @memberof warden.cluster.IntegrityConflict
             * @instance
             */
            IntegrityConflict.prototype.workerHas = "";

            /**
             * Creates a new IntegrityConflict instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityConflict
             * @static
             * @param {warden.cluster.IntegrityConflict.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityConflict} IntegrityConflict instance
             * @type {{
             *   (properties: warden.cluster.IntegrityConflict.$Shape): warden.cluster.IntegrityConflict & warden.cluster.IntegrityConflict.$Shape;
             *   (properties?: warden.cluster.IntegrityConflict.$Properties): warden.cluster.IntegrityConflict;
             * }}
             */
            IntegrityConflict.create = function(properties) {
                return new IntegrityConflict(properties);
            };

            /**
             * Encodes the specified IntegrityConflict message. Does not implicitly {@link warden.cluster.IntegrityConflict.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityConflict
             * @static
             * @param {warden.cluster.IntegrityConflict.$Properties} message IntegrityConflict message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityConflict.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.workerHas != null && $Object.hasOwnProperty.call(message, "workerHas") && message.workerHas !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.workerHas);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityConflict message, length delimited. Does not implicitly {@link warden.cluster.IntegrityConflict.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityConflict
             * @static
             * @param {warden.cluster.IntegrityConflict.$Properties} message IntegrityConflict message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityConflict.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityConflict message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityConflict
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityConflict & warden.cluster.IntegrityConflict.$Shape} IntegrityConflict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityConflict.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityConflict();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerHas = value;
                            else
                                delete message.workerHas;
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
             * Decodes an IntegrityConflict message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityConflict
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityConflict & warden.cluster.IntegrityConflict.$Shape} IntegrityConflict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityConflict.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityConflict message.
             * @function verify
             * @memberof warden.cluster.IntegrityConflict
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityConflict.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.workerHas != null && $Object.hasOwnProperty.call(message, "workerHas"))
                    if (!$util.isString(message.workerHas))
                        return "workerHas: string expected";
                return null;
            };

            /**
             * Creates an IntegrityConflict message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityConflict
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityConflict} IntegrityConflict
             */
            IntegrityConflict.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityConflict)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityConflict: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.IntegrityConflict();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.workerHas != null)
                    if (typeof object.workerHas !== "string" || object.workerHas.length)
                        message.workerHas = $String(object.workerHas);
                return message;
            };

            /**
             * Creates a plain object from an IntegrityConflict message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityConflict
             * @static
             * @param {warden.cluster.IntegrityConflict} message IntegrityConflict
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityConflict.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.path = "";
                    object.workerHas = "";
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.workerHas != null && $Object.hasOwnProperty.call(message, "workerHas"))
                    object.workerHas = message.workerHas;
                return object;
            };

            /**
             * Converts this IntegrityConflict to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityConflict
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityConflict.prototype.toJSON = function() {
                return IntegrityConflict.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityConflict
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityConflict
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityConflict.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityConflict";
            };

            return IntegrityConflict;
        })();

        cluster.IntegrityPlan = (function() {

            /**
             * Properties of an IntegrityPlan.
             * @typedef {Object} warden.cluster.IntegrityPlan.$Properties
             * @property {number|null} [syncId] IntegrityPlan syncId
             * @property {number|null} [missing] IntegrityPlan missing
             * @property {number|null} [changed] IntegrityPlan changed
             * @property {Array.<string>|null} [extra] IntegrityPlan extra
             * @property {Array.<warden.cluster.IntegrityConflict.$Properties>|null} [conflicts] IntegrityPlan conflicts
             * @property {string|null} [masterDigest] IntegrityPlan masterDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityPlan.
             * @memberof warden.cluster
             * @interface IIntegrityPlan
             * @augments warden.cluster.IntegrityPlan.$Properties
             * @deprecated Use warden.cluster.IntegrityPlan.$Properties instead.
             */

            /**
             * Shape of an IntegrityPlan.
             * @typedef {warden.cluster.IntegrityPlan.$Properties} warden.cluster.IntegrityPlan.$Shape
             */

            /**
             * Constructs a new IntegrityPlan.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityPlan.
             * @constructor
             * @param {warden.cluster.IntegrityPlan.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityPlan = function (properties) {
                this.extra = [];
                this.conflicts = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntegrityPlan syncId.
             * @member {number} syncId
             * @memberof warden.cluster.IntegrityPlan
             * @instance
             */
            IntegrityPlan.prototype.syncId = 0;

            /**
             * IntegrityPlan missing.
             * @member {number} missing
             * @memberof warden.cluster.IntegrityPlan
             * @instance
             */
            IntegrityPlan.prototype.missing = 0;

            /**
             * IntegrityPlan changed.
             * @member {number} changed
             * @memberof warden.cluster.IntegrityPlan
             * @instance
             */
            IntegrityPlan.prototype.changed = 0;

            /**
             * IntegrityPlan extra.
             * @member {Array.<string>} extra
             * @memberof warden.cluster.IntegrityPlan
             * @instance
             */
            IntegrityPlan.prototype.extra = $util.emptyArray;

            /**
             * IntegrityPlan conflicts.
             * @member {Array.<warden.cluster.IntegrityConflict.$Properties>} conflicts
             * @memberof warden.cluster.IntegrityPlan
             * @instance
             */
            IntegrityPlan.prototype.conflicts = $util.emptyArray;

            /**
             * IntegrityPlan masterDigest.
             * @member {string} masterDigest
             * @memberof warden.cluster.IntegrityPlan
             * @instance
             */
            IntegrityPlan.prototype.masterDigest = "";

            /**
             * Creates a new IntegrityPlan instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityPlan
             * @static
             * @param {warden.cluster.IntegrityPlan.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityPlan} IntegrityPlan instance
             * @type {{
             *   (properties: warden.cluster.IntegrityPlan.$Shape): warden.cluster.IntegrityPlan & warden.cluster.IntegrityPlan.$Shape;
             *   (properties?: warden.cluster.IntegrityPlan.$Properties): warden.cluster.IntegrityPlan;
             * }}
             */
            IntegrityPlan.create = function(properties) {
                return new IntegrityPlan(properties);
            };

            /**
             * Encodes the specified IntegrityPlan message. Does not implicitly {@link warden.cluster.IntegrityPlan.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityPlan
             * @static
             * @param {warden.cluster.IntegrityPlan.$Properties} message IntegrityPlan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityPlan.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId") && message.syncId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.syncId);
                if (message.missing != null && $Object.hasOwnProperty.call(message, "missing") && message.missing !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.missing);
                if (message.changed != null && $Object.hasOwnProperty.call(message, "changed") && message.changed !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.changed);
                if (message.extra != null && message.extra.length)
                    for (var i = 0; i < message.extra.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.extra[i]);
                if (message.conflicts != null && message.conflicts.length)
                    for (var i = 0; i < message.conflicts.length; ++i)
                        $root.warden.cluster.IntegrityConflict.encode(message.conflicts[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest") && message.masterDigest !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.masterDigest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityPlan message, length delimited. Does not implicitly {@link warden.cluster.IntegrityPlan.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityPlan
             * @static
             * @param {warden.cluster.IntegrityPlan.$Properties} message IntegrityPlan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityPlan.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityPlan message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityPlan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityPlan & warden.cluster.IntegrityPlan.$Shape} IntegrityPlan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityPlan.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityPlan();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.syncId = value;
                            else
                                delete message.syncId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.missing = value;
                            else
                                delete message.missing;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.changed = value;
                            else
                                delete message.changed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extra && message.extra.length))
                                message.extra = [];
                            message.extra.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conflicts && message.conflicts.length))
                                message.conflicts = [];
                            message.conflicts.push($root.warden.cluster.IntegrityConflict.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.masterDigest = value;
                            else
                                delete message.masterDigest;
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
             * Decodes an IntegrityPlan message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityPlan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityPlan & warden.cluster.IntegrityPlan.$Shape} IntegrityPlan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityPlan.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityPlan message.
             * @function verify
             * @memberof warden.cluster.IntegrityPlan
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityPlan.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    if (!$util.isInteger(message.syncId))
                        return "syncId: integer expected";
                if (message.missing != null && $Object.hasOwnProperty.call(message, "missing"))
                    if (!$util.isInteger(message.missing))
                        return "missing: integer expected";
                if (message.changed != null && $Object.hasOwnProperty.call(message, "changed"))
                    if (!$util.isInteger(message.changed))
                        return "changed: integer expected";
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra")) {
                    if (!$Array.isArray(message.extra))
                        return "extra: array expected";
                    for (var i = 0; i < message.extra.length; ++i)
                        if (!$util.isString(message.extra[i]))
                            return "extra: string[] expected";
                }
                if (message.conflicts != null && $Object.hasOwnProperty.call(message, "conflicts")) {
                    if (!$Array.isArray(message.conflicts))
                        return "conflicts: array expected";
                    for (var i = 0; i < message.conflicts.length; ++i) {
                        var error = $root.warden.cluster.IntegrityConflict.verify(message.conflicts[i], _depth + 1);
                        if (error)
                            return "conflicts." + error;
                    }
                }
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest"))
                    if (!$util.isString(message.masterDigest))
                        return "masterDigest: string expected";
                return null;
            };

            /**
             * Creates an IntegrityPlan message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityPlan
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityPlan} IntegrityPlan
             */
            IntegrityPlan.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityPlan)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityPlan: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.IntegrityPlan();
                if (object.syncId != null)
                    if ($Number(object.syncId) !== 0)
                        message.syncId = object.syncId >>> 0;
                if (object.missing != null)
                    if ($Number(object.missing) !== 0)
                        message.missing = object.missing >>> 0;
                if (object.changed != null)
                    if ($Number(object.changed) !== 0)
                        message.changed = object.changed >>> 0;
                if (object.extra) {
                    if (!$Array.isArray(object.extra))
                        throw $TypeError(".warden.cluster.IntegrityPlan.extra: array expected");
                    message.extra = $Array(object.extra.length);
                    for (var i = 0; i < object.extra.length; ++i)
                        message.extra[i] = $String(object.extra[i]);
                }
                if (object.conflicts) {
                    if (!$Array.isArray(object.conflicts))
                        throw $TypeError(".warden.cluster.IntegrityPlan.conflicts: array expected");
                    message.conflicts = $Array(object.conflicts.length);
                    for (var i = 0; i < object.conflicts.length; ++i) {
                        if (!$util.isObject(object.conflicts[i]))
                            throw $TypeError(".warden.cluster.IntegrityPlan.conflicts: object expected");
                        message.conflicts[i] = $root.warden.cluster.IntegrityConflict.fromObject(object.conflicts[i], _depth + 1);
                    }
                }
                if (object.masterDigest != null)
                    if (typeof object.masterDigest !== "string" || object.masterDigest.length)
                        message.masterDigest = $String(object.masterDigest);
                return message;
            };

            /**
             * Creates a plain object from an IntegrityPlan message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityPlan
             * @static
             * @param {warden.cluster.IntegrityPlan} message IntegrityPlan
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityPlan.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.extra = [];
                    object.conflicts = [];
                }
                if (options.defaults) {
                    object.syncId = 0;
                    object.missing = 0;
                    object.changed = 0;
                    object.masterDigest = "";
                }
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    object.syncId = message.syncId;
                if (message.missing != null && $Object.hasOwnProperty.call(message, "missing"))
                    object.missing = message.missing;
                if (message.changed != null && $Object.hasOwnProperty.call(message, "changed"))
                    object.changed = message.changed;
                if (message.extra && message.extra.length) {
                    object.extra = $Array(message.extra.length);
                    for (var j = 0; j < message.extra.length; ++j)
                        object.extra[j] = message.extra[j];
                }
                if (message.conflicts && message.conflicts.length) {
                    object.conflicts = $Array(message.conflicts.length);
                    for (var j = 0; j < message.conflicts.length; ++j)
                        object.conflicts[j] = $root.warden.cluster.IntegrityConflict.toObject(message.conflicts[j], options, _depth + 1);
                }
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest"))
                    object.masterDigest = message.masterDigest;
                return object;
            };

            /**
             * Converts this IntegrityPlan to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityPlan
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityPlan.prototype.toJSON = function() {
                return IntegrityPlan.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityPlan
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityPlan
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityPlan.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityPlan";
            };

            return IntegrityPlan;
        })();

        cluster.IntegrityFetch = (function() {

            /**
             * Properties of an IntegrityFetch.
             * @typedef {Object} warden.cluster.IntegrityFetch.$Properties
             * @property {number|null} [syncId] IntegrityFetch syncId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityFetch.
             * @memberof warden.cluster
             * @interface IIntegrityFetch
             * @augments warden.cluster.IntegrityFetch.$Properties
             * @deprecated Use warden.cluster.IntegrityFetch.$Properties instead.
             */

            /**
             * Shape of an IntegrityFetch.
             * @typedef {warden.cluster.IntegrityFetch.$Properties} warden.cluster.IntegrityFetch.$Shape
             */

            /**
             * Constructs a new IntegrityFetch.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityFetch.
             * @constructor
             * @param {warden.cluster.IntegrityFetch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityFetch = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntegrityFetch syncId.
             * @member {number} syncId
             * @memberof warden.cluster.IntegrityFetch
             * @instance
             */
            IntegrityFetch.prototype.syncId = 0;

            /**
             * Creates a new IntegrityFetch instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityFetch
             * @static
             * @param {warden.cluster.IntegrityFetch.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityFetch} IntegrityFetch instance
             * @type {{
             *   (properties: warden.cluster.IntegrityFetch.$Shape): warden.cluster.IntegrityFetch & warden.cluster.IntegrityFetch.$Shape;
             *   (properties?: warden.cluster.IntegrityFetch.$Properties): warden.cluster.IntegrityFetch;
             * }}
             */
            IntegrityFetch.create = function(properties) {
                return new IntegrityFetch(properties);
            };

            /**
             * Encodes the specified IntegrityFetch message. Does not implicitly {@link warden.cluster.IntegrityFetch.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityFetch
             * @static
             * @param {warden.cluster.IntegrityFetch.$Properties} message IntegrityFetch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityFetch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId") && message.syncId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.syncId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityFetch message, length delimited. Does not implicitly {@link warden.cluster.IntegrityFetch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityFetch
             * @static
             * @param {warden.cluster.IntegrityFetch.$Properties} message IntegrityFetch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityFetch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityFetch message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityFetch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityFetch & warden.cluster.IntegrityFetch.$Shape} IntegrityFetch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityFetch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityFetch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.syncId = value;
                            else
                                delete message.syncId;
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
             * Decodes an IntegrityFetch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityFetch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityFetch & warden.cluster.IntegrityFetch.$Shape} IntegrityFetch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityFetch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityFetch message.
             * @function verify
             * @memberof warden.cluster.IntegrityFetch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityFetch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    if (!$util.isInteger(message.syncId))
                        return "syncId: integer expected";
                return null;
            };

            /**
             * Creates an IntegrityFetch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityFetch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityFetch} IntegrityFetch
             */
            IntegrityFetch.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityFetch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityFetch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.IntegrityFetch();
                if (object.syncId != null)
                    if ($Number(object.syncId) !== 0)
                        message.syncId = object.syncId >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an IntegrityFetch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityFetch
             * @static
             * @param {warden.cluster.IntegrityFetch} message IntegrityFetch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityFetch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.syncId = 0;
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    object.syncId = message.syncId;
                return object;
            };

            /**
             * Converts this IntegrityFetch to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityFetch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityFetch.prototype.toJSON = function() {
                return IntegrityFetch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityFetch
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityFetch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityFetch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityFetch";
            };

            return IntegrityFetch;
        })();

        cluster.IntegrityFetched = (function() {

            /**
             * Properties of an IntegrityFetched.
             * @typedef {Object} warden.cluster.IntegrityFetched.$Properties
             * @property {number|null} [syncId] IntegrityFetched syncId
             * @property {number|null} [sent] IntegrityFetched sent
             * @property {Array.<string>|null} [failed] IntegrityFetched failed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityFetched.
             * @memberof warden.cluster
             * @interface IIntegrityFetched
             * @augments warden.cluster.IntegrityFetched.$Properties
             * @deprecated Use warden.cluster.IntegrityFetched.$Properties instead.
             */

            /**
             * Shape of an IntegrityFetched.
             * @typedef {warden.cluster.IntegrityFetched.$Properties} warden.cluster.IntegrityFetched.$Shape
             */

            /**
             * Constructs a new IntegrityFetched.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityFetched.
             * @constructor
             * @param {warden.cluster.IntegrityFetched.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityFetched = function (properties) {
                this.failed = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntegrityFetched syncId.
             * @member {number} syncId
             * @memberof warden.cluster.IntegrityFetched
             * @instance
             */
            IntegrityFetched.prototype.syncId = 0;

            /**
             * IntegrityFetched sent.
             * @member {number} sent
             * @memberof warden.cluster.IntegrityFetched
             * @instance
             */
            IntegrityFetched.prototype.sent = 0;

            /**
             * IntegrityFetched failed.
             * @member {Array.<string>} failed
             * @memberof warden.cluster.IntegrityFetched
             * @instance
             */
            IntegrityFetched.prototype.failed = $util.emptyArray;

            /**
             * Creates a new IntegrityFetched instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityFetched
             * @static
             * @param {warden.cluster.IntegrityFetched.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityFetched} IntegrityFetched instance
             * @type {{
             *   (properties: warden.cluster.IntegrityFetched.$Shape): warden.cluster.IntegrityFetched & warden.cluster.IntegrityFetched.$Shape;
             *   (properties?: warden.cluster.IntegrityFetched.$Properties): warden.cluster.IntegrityFetched;
             * }}
             */
            IntegrityFetched.create = function(properties) {
                return new IntegrityFetched(properties);
            };

            /**
             * Encodes the specified IntegrityFetched message. Does not implicitly {@link warden.cluster.IntegrityFetched.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityFetched
             * @static
             * @param {warden.cluster.IntegrityFetched.$Properties} message IntegrityFetched message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityFetched.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId") && message.syncId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.syncId);
                if (message.sent != null && $Object.hasOwnProperty.call(message, "sent") && message.sent !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sent);
                if (message.failed != null && message.failed.length)
                    for (var i = 0; i < message.failed.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.failed[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityFetched message, length delimited. Does not implicitly {@link warden.cluster.IntegrityFetched.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityFetched
             * @static
             * @param {warden.cluster.IntegrityFetched.$Properties} message IntegrityFetched message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityFetched.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityFetched message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityFetched
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityFetched & warden.cluster.IntegrityFetched.$Shape} IntegrityFetched
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityFetched.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityFetched();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.syncId = value;
                            else
                                delete message.syncId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sent = value;
                            else
                                delete message.sent;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.failed && message.failed.length))
                                message.failed = [];
                            message.failed.push(reader.stringVerify());
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
             * Decodes an IntegrityFetched message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityFetched
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityFetched & warden.cluster.IntegrityFetched.$Shape} IntegrityFetched
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityFetched.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityFetched message.
             * @function verify
             * @memberof warden.cluster.IntegrityFetched
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityFetched.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    if (!$util.isInteger(message.syncId))
                        return "syncId: integer expected";
                if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                    if (!$util.isInteger(message.sent))
                        return "sent: integer expected";
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed")) {
                    if (!$Array.isArray(message.failed))
                        return "failed: array expected";
                    for (var i = 0; i < message.failed.length; ++i)
                        if (!$util.isString(message.failed[i]))
                            return "failed: string[] expected";
                }
                return null;
            };

            /**
             * Creates an IntegrityFetched message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityFetched
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityFetched} IntegrityFetched
             */
            IntegrityFetched.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityFetched)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityFetched: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.IntegrityFetched();
                if (object.syncId != null)
                    if ($Number(object.syncId) !== 0)
                        message.syncId = object.syncId >>> 0;
                if (object.sent != null)
                    if ($Number(object.sent) !== 0)
                        message.sent = object.sent >>> 0;
                if (object.failed) {
                    if (!$Array.isArray(object.failed))
                        throw $TypeError(".warden.cluster.IntegrityFetched.failed: array expected");
                    message.failed = $Array(object.failed.length);
                    for (var i = 0; i < object.failed.length; ++i)
                        message.failed[i] = $String(object.failed[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an IntegrityFetched message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityFetched
             * @static
             * @param {warden.cluster.IntegrityFetched} message IntegrityFetched
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityFetched.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.failed = [];
                if (options.defaults) {
                    object.syncId = 0;
                    object.sent = 0;
                }
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    object.syncId = message.syncId;
                if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                    object.sent = message.sent;
                if (message.failed && message.failed.length) {
                    object.failed = $Array(message.failed.length);
                    for (var j = 0; j < message.failed.length; ++j)
                        object.failed[j] = message.failed[j];
                }
                return object;
            };

            /**
             * Converts this IntegrityFetched to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityFetched
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityFetched.prototype.toJSON = function() {
                return IntegrityFetched.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityFetched
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityFetched
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityFetched.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityFetched";
            };

            return IntegrityFetched;
        })();

        cluster.IntegrityResult = (function() {

            /**
             * Properties of an IntegrityResult.
             * @typedef {Object} warden.cluster.IntegrityResult.$Properties
             * @property {number|null} [syncId] IntegrityResult syncId
             * @property {number|null} [missing] IntegrityResult missing
             * @property {number|null} [changed] IntegrityResult changed
             * @property {number|null} [extra] IntegrityResult extra
             * @property {number|null} [written] IntegrityResult written
             * @property {number|null} [deleted] IntegrityResult deleted
             * @property {Array.<string>|null} [refused] IntegrityResult refused
             * @property {number|null} [durationMs] IntegrityResult durationMs
             * @property {string|null} [digest] IntegrityResult digest
             * @property {Object.<string,string>|null} [folders] IntegrityResult folders
             * @property {number|null} [files] IntegrityResult files
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityResult.
             * @memberof warden.cluster
             * @interface IIntegrityResult
             * @augments warden.cluster.IntegrityResult.$Properties
             * @deprecated Use warden.cluster.IntegrityResult.$Properties instead.
             */

            /**
             * Shape of an IntegrityResult.
             * @typedef {warden.cluster.IntegrityResult.$Properties} warden.cluster.IntegrityResult.$Shape
             */

            /**
             * Constructs a new IntegrityResult.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityResult.
             * @constructor
             * @param {warden.cluster.IntegrityResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityResult = function (properties) {
                this.refused = [];
                this.folders = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntegrityResult syncId.
             * @member {number} syncId
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.syncId = 0;

            /**
             * IntegrityResult missing.
             * @member {number} missing
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.missing = 0;

            /**
             * IntegrityResult changed.
             * @member {number} changed
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.changed = 0;

            /**
             * IntegrityResult extra.
             * @member {number} extra
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.extra = 0;

            /**
             * IntegrityResult written.
             * @member {number} written
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.written = 0;

            /**
             * IntegrityResult deleted.
             * @member {number} deleted
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.deleted = 0;

            /**
             * IntegrityResult refused.
             * @member {Array.<string>} refused
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.refused = $util.emptyArray;

            /**
             * IntegrityResult durationMs.
             * @member {number} durationMs
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.durationMs = 0;

            /**
             * IntegrityResult digest.
             * @member {string} digest
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.digest = "";

            /**
             * IntegrityResult folders.
             * @member {Object.<string,string>} folders
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.folders = $util.emptyObject;

            /**
             * IntegrityResult files.
             * @member {number} files
             * @memberof warden.cluster.IntegrityResult
             * @instance
             */
            IntegrityResult.prototype.files = 0;

            /**
             * Creates a new IntegrityResult instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityResult
             * @static
             * @param {warden.cluster.IntegrityResult.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityResult} IntegrityResult instance
             * @type {{
             *   (properties: warden.cluster.IntegrityResult.$Shape): warden.cluster.IntegrityResult & warden.cluster.IntegrityResult.$Shape;
             *   (properties?: warden.cluster.IntegrityResult.$Properties): warden.cluster.IntegrityResult;
             * }}
             */
            IntegrityResult.create = function(properties) {
                return new IntegrityResult(properties);
            };

            /**
             * Encodes the specified IntegrityResult message. Does not implicitly {@link warden.cluster.IntegrityResult.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityResult
             * @static
             * @param {warden.cluster.IntegrityResult.$Properties} message IntegrityResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId") && message.syncId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.syncId);
                if (message.missing != null && $Object.hasOwnProperty.call(message, "missing") && message.missing !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.missing);
                if (message.changed != null && $Object.hasOwnProperty.call(message, "changed") && message.changed !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.changed);
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra") && message.extra !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.extra);
                if (message.written != null && $Object.hasOwnProperty.call(message, "written") && message.written !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.written);
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.deleted);
                if (message.refused != null && message.refused.length)
                    for (var i = 0; i < message.refused.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.refused[i]);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && !$Object.is(message.durationMs, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.durationMs);
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.digest);
                if (message.folders != null && $Object.hasOwnProperty.call(message, "folders"))
                    for (var keys = $Object.keys(message.folders), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.folders[keys[i]]).ldelim();
                if (message.files != null && $Object.hasOwnProperty.call(message, "files") && message.files !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.files);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityResult message, length delimited. Does not implicitly {@link warden.cluster.IntegrityResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityResult
             * @static
             * @param {warden.cluster.IntegrityResult.$Properties} message IntegrityResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityResult message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityResult & warden.cluster.IntegrityResult.$Shape} IntegrityResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityResult();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.syncId = value;
                            else
                                delete message.syncId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.missing = value;
                            else
                                delete message.missing;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.changed = value;
                            else
                                delete message.changed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.extra = value;
                            else
                                delete message.extra;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.written = value;
                            else
                                delete message.written;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.refused && message.refused.length))
                                message.refused = [];
                            message.refused.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.digest = value;
                            else
                                delete message.digest;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.folders === $util.emptyObject)
                                message.folders = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.folders, key);
                            message.folders[key] = value;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.files = value;
                            else
                                delete message.files;
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
             * Decodes an IntegrityResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityResult & warden.cluster.IntegrityResult.$Shape} IntegrityResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityResult message.
             * @function verify
             * @memberof warden.cluster.IntegrityResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    if (!$util.isInteger(message.syncId))
                        return "syncId: integer expected";
                if (message.missing != null && $Object.hasOwnProperty.call(message, "missing"))
                    if (!$util.isInteger(message.missing))
                        return "missing: integer expected";
                if (message.changed != null && $Object.hasOwnProperty.call(message, "changed"))
                    if (!$util.isInteger(message.changed))
                        return "changed: integer expected";
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                    if (!$util.isInteger(message.extra))
                        return "extra: integer expected";
                if (message.written != null && $Object.hasOwnProperty.call(message, "written"))
                    if (!$util.isInteger(message.written))
                        return "written: integer expected";
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    if (!$util.isInteger(message.deleted))
                        return "deleted: integer expected";
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused")) {
                    if (!$Array.isArray(message.refused))
                        return "refused: array expected";
                    for (var i = 0; i < message.refused.length; ++i)
                        if (!$util.isString(message.refused[i]))
                            return "refused: string[] expected";
                }
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof message.durationMs !== "number")
                        return "durationMs: number expected";
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    if (!$util.isString(message.digest))
                        return "digest: string expected";
                if (message.folders != null && $Object.hasOwnProperty.call(message, "folders")) {
                    if (!$util.isObject(message.folders))
                        return "folders: object expected";
                    var key = $Object.keys(message.folders);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.folders[key[i]]))
                            return "folders: string{k:string} expected";
                }
                if (message.files != null && $Object.hasOwnProperty.call(message, "files"))
                    if (!$util.isInteger(message.files))
                        return "files: integer expected";
                return null;
            };

            /**
             * Creates an IntegrityResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityResult} IntegrityResult
             */
            IntegrityResult.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.IntegrityResult();
                if (object.syncId != null)
                    if ($Number(object.syncId) !== 0)
                        message.syncId = object.syncId >>> 0;
                if (object.missing != null)
                    if ($Number(object.missing) !== 0)
                        message.missing = object.missing >>> 0;
                if (object.changed != null)
                    if ($Number(object.changed) !== 0)
                        message.changed = object.changed >>> 0;
                if (object.extra != null)
                    if ($Number(object.extra) !== 0)
                        message.extra = object.extra >>> 0;
                if (object.written != null)
                    if ($Number(object.written) !== 0)
                        message.written = object.written >>> 0;
                if (object.deleted != null)
                    if ($Number(object.deleted) !== 0)
                        message.deleted = object.deleted >>> 0;
                if (object.refused) {
                    if (!$Array.isArray(object.refused))
                        throw $TypeError(".warden.cluster.IntegrityResult.refused: array expected");
                    message.refused = $Array(object.refused.length);
                    for (var i = 0; i < object.refused.length; ++i)
                        message.refused[i] = $String(object.refused[i]);
                }
                if (object.durationMs != null)
                    if (!$Object.is($Number(object.durationMs), 0))
                        message.durationMs = $Number(object.durationMs);
                if (object.digest != null)
                    if (typeof object.digest !== "string" || object.digest.length)
                        message.digest = $String(object.digest);
                if (object.folders) {
                    if (!$util.isObject(object.folders))
                        throw $TypeError(".warden.cluster.IntegrityResult.folders: object expected");
                    message.folders = {};
                    for (var keys = $Object.keys(object.folders), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.folders, keys[i]);
                        message.folders[keys[i]] = $String(object.folders[keys[i]]);
                    }
                }
                if (object.files != null)
                    if ($Number(object.files) !== 0)
                        message.files = object.files >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an IntegrityResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityResult
             * @static
             * @param {warden.cluster.IntegrityResult} message IntegrityResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.refused = [];
                if (options.objects || options.defaults)
                    object.folders = {};
                if (options.defaults) {
                    object.syncId = 0;
                    object.missing = 0;
                    object.changed = 0;
                    object.extra = 0;
                    object.written = 0;
                    object.deleted = 0;
                    object.durationMs = 0;
                    object.digest = "";
                    object.files = 0;
                }
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    object.syncId = message.syncId;
                if (message.missing != null && $Object.hasOwnProperty.call(message, "missing"))
                    object.missing = message.missing;
                if (message.changed != null && $Object.hasOwnProperty.call(message, "changed"))
                    object.changed = message.changed;
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                    object.extra = message.extra;
                if (message.written != null && $Object.hasOwnProperty.call(message, "written"))
                    object.written = message.written;
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    object.deleted = message.deleted;
                if (message.refused && message.refused.length) {
                    object.refused = $Array(message.refused.length);
                    for (var j = 0; j < message.refused.length; ++j)
                        object.refused[j] = message.refused[j];
                }
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = options.json && !$isFinite(message.durationMs) ? $String(message.durationMs) : message.durationMs;
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    object.digest = message.digest;
                var keys2;
                if (message.folders && (keys2 = $Object.keys(message.folders)).length) {
                    object.folders = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.folders, keys2[j]);
                        object.folders[keys2[j]] = message.folders[keys2[j]];
                    }
                }
                if (message.files != null && $Object.hasOwnProperty.call(message, "files"))
                    object.files = message.files;
                return object;
            };

            /**
             * Converts this IntegrityResult to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityResult.prototype.toJSON = function() {
                return IntegrityResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityResult
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityResult";
            };

            return IntegrityResult;
        })();

        cluster.IntegrityChanged = (function() {

            /**
             * Properties of an IntegrityChanged.
             * @typedef {Object} warden.cluster.IntegrityChanged.$Properties
             * @property {string|null} [masterDigest] IntegrityChanged masterDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityChanged.
             * @memberof warden.cluster
             * @interface IIntegrityChanged
             * @augments warden.cluster.IntegrityChanged.$Properties
             * @deprecated Use warden.cluster.IntegrityChanged.$Properties instead.
             */

            /**
             * Shape of an IntegrityChanged.
             * @typedef {warden.cluster.IntegrityChanged.$Properties} warden.cluster.IntegrityChanged.$Shape
             */

            /**
             * Constructs a new IntegrityChanged.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityChanged.
             * @constructor
             * @param {warden.cluster.IntegrityChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityChanged = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IntegrityChanged masterDigest.
             * @member {string} masterDigest
             * @memberof warden.cluster.IntegrityChanged
             * @instance
             */
            IntegrityChanged.prototype.masterDigest = "";

            /**
             * Creates a new IntegrityChanged instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityChanged
             * @static
             * @param {warden.cluster.IntegrityChanged.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityChanged} IntegrityChanged instance
             * @type {{
             *   (properties: warden.cluster.IntegrityChanged.$Shape): warden.cluster.IntegrityChanged & warden.cluster.IntegrityChanged.$Shape;
             *   (properties?: warden.cluster.IntegrityChanged.$Properties): warden.cluster.IntegrityChanged;
             * }}
             */
            IntegrityChanged.create = function(properties) {
                return new IntegrityChanged(properties);
            };

            /**
             * Encodes the specified IntegrityChanged message. Does not implicitly {@link warden.cluster.IntegrityChanged.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityChanged
             * @static
             * @param {warden.cluster.IntegrityChanged.$Properties} message IntegrityChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest") && message.masterDigest !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.masterDigest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityChanged message, length delimited. Does not implicitly {@link warden.cluster.IntegrityChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityChanged
             * @static
             * @param {warden.cluster.IntegrityChanged.$Properties} message IntegrityChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityChanged.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityChanged message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityChanged & warden.cluster.IntegrityChanged.$Shape} IntegrityChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityChanged();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.masterDigest = value;
                            else
                                delete message.masterDigest;
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
             * Decodes an IntegrityChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityChanged & warden.cluster.IntegrityChanged.$Shape} IntegrityChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityChanged.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityChanged message.
             * @function verify
             * @memberof warden.cluster.IntegrityChanged
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest"))
                    if (!$util.isString(message.masterDigest))
                        return "masterDigest: string expected";
                return null;
            };

            /**
             * Creates an IntegrityChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityChanged} IntegrityChanged
             */
            IntegrityChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.IntegrityChanged();
                if (object.masterDigest != null)
                    if (typeof object.masterDigest !== "string" || object.masterDigest.length)
                        message.masterDigest = $String(object.masterDigest);
                return message;
            };

            /**
             * Creates a plain object from an IntegrityChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityChanged
             * @static
             * @param {warden.cluster.IntegrityChanged} message IntegrityChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.masterDigest = "";
                if (message.masterDigest != null && $Object.hasOwnProperty.call(message, "masterDigest"))
                    object.masterDigest = message.masterDigest;
                return object;
            };

            /**
             * Converts this IntegrityChanged to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityChanged.prototype.toJSON = function() {
                return IntegrityChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityChanged
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityChanged
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityChanged";
            };

            return IntegrityChanged;
        })();

        cluster.IntegrityAck = (function() {

            /**
             * Properties of an IntegrityAck.
             * @typedef {Object} warden.cluster.IntegrityAck.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IntegrityAck.
             * @memberof warden.cluster
             * @interface IIntegrityAck
             * @augments warden.cluster.IntegrityAck.$Properties
             * @deprecated Use warden.cluster.IntegrityAck.$Properties instead.
             */

            /**
             * Shape of an IntegrityAck.
             * @typedef {warden.cluster.IntegrityAck.$Properties} warden.cluster.IntegrityAck.$Shape
             */

            /**
             * Constructs a new IntegrityAck.
             * @memberof warden.cluster
             * @classdesc Represents an IntegrityAck.
             * @constructor
             * @param {warden.cluster.IntegrityAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IntegrityAck = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new IntegrityAck instance using the specified properties.
             * @function create
             * @memberof warden.cluster.IntegrityAck
             * @static
             * @param {warden.cluster.IntegrityAck.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.IntegrityAck} IntegrityAck instance
             * @type {{
             *   (properties: warden.cluster.IntegrityAck.$Shape): warden.cluster.IntegrityAck & warden.cluster.IntegrityAck.$Shape;
             *   (properties?: warden.cluster.IntegrityAck.$Properties): warden.cluster.IntegrityAck;
             * }}
             */
            IntegrityAck.create = function(properties) {
                return new IntegrityAck(properties);
            };

            /**
             * Encodes the specified IntegrityAck message. Does not implicitly {@link warden.cluster.IntegrityAck.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.IntegrityAck
             * @static
             * @param {warden.cluster.IntegrityAck.$Properties} message IntegrityAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IntegrityAck message, length delimited. Does not implicitly {@link warden.cluster.IntegrityAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.IntegrityAck
             * @static
             * @param {warden.cluster.IntegrityAck.$Properties} message IntegrityAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IntegrityAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IntegrityAck message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.IntegrityAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityAck & warden.cluster.IntegrityAck.$Shape} IntegrityAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.IntegrityAck();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Decodes an IntegrityAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.IntegrityAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityAck & warden.cluster.IntegrityAck.$Shape} IntegrityAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IntegrityAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IntegrityAck message.
             * @function verify
             * @memberof warden.cluster.IntegrityAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IntegrityAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates an IntegrityAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.IntegrityAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.IntegrityAck} IntegrityAck
             */
            IntegrityAck.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.IntegrityAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.IntegrityAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.warden.cluster.IntegrityAck();
            };

            /**
             * Creates a plain object from an IntegrityAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.IntegrityAck
             * @static
             * @param {warden.cluster.IntegrityAck} message IntegrityAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IntegrityAck.toObject = function () {
                return {};
            };

            /**
             * Converts this IntegrityAck to JSON.
             * @function toJSON
             * @memberof warden.cluster.IntegrityAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IntegrityAck.prototype.toJSON = function() {
                return IntegrityAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IntegrityAck
             * @function getTypeUrl
             * @memberof warden.cluster.IntegrityAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IntegrityAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.IntegrityAck";
            };

            return IntegrityAck;
        })();

        cluster.WorkerLeaving = (function() {

            /**
             * Properties of a WorkerLeaving.
             * @typedef {Object} warden.cluster.WorkerLeaving.$Properties
             * @property {number|null} [agentsMoved] WorkerLeaving agentsMoved
             * @property {number|null} [agentsClosed] WorkerLeaving agentsClosed
             * @property {string|null} [reason] WorkerLeaving reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerLeaving.
             * @memberof warden.cluster
             * @interface IWorkerLeaving
             * @augments warden.cluster.WorkerLeaving.$Properties
             * @deprecated Use warden.cluster.WorkerLeaving.$Properties instead.
             */

            /**
             * Shape of a WorkerLeaving.
             * @typedef {warden.cluster.WorkerLeaving.$Properties} warden.cluster.WorkerLeaving.$Shape
             */

            /**
             * Constructs a new WorkerLeaving.
             * @memberof warden.cluster
             * @classdesc Represents a WorkerLeaving.
             * @constructor
             * @param {warden.cluster.WorkerLeaving.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var WorkerLeaving = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerLeaving agentsMoved.
             * @member {number} agentsMoved
             * @memberof warden.cluster.WorkerLeaving
             * @instance
             */
            WorkerLeaving.prototype.agentsMoved = 0;

            /**
             * WorkerLeaving agentsClosed.
             * @member {number} agentsClosed
             * @memberof warden.cluster.WorkerLeaving
             * @instance
             */
            WorkerLeaving.prototype.agentsClosed = 0;

            /**
             * WorkerLeaving reason.
             * @member {string} reason
             * @memberof warden.cluster.WorkerLeaving
             * @instance
             */
            WorkerLeaving.prototype.reason = "";

            /**
             * Creates a new WorkerLeaving instance using the specified properties.
             * @function create
             * @memberof warden.cluster.WorkerLeaving
             * @static
             * @param {warden.cluster.WorkerLeaving.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.WorkerLeaving} WorkerLeaving instance
             * @type {{
             *   (properties: warden.cluster.WorkerLeaving.$Shape): warden.cluster.WorkerLeaving & warden.cluster.WorkerLeaving.$Shape;
             *   (properties?: warden.cluster.WorkerLeaving.$Properties): warden.cluster.WorkerLeaving;
             * }}
             */
            WorkerLeaving.create = function(properties) {
                return new WorkerLeaving(properties);
            };

            /**
             * Encodes the specified WorkerLeaving message. Does not implicitly {@link warden.cluster.WorkerLeaving.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.WorkerLeaving
             * @static
             * @param {warden.cluster.WorkerLeaving.$Properties} message WorkerLeaving message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerLeaving.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentsMoved != null && $Object.hasOwnProperty.call(message, "agentsMoved") && message.agentsMoved !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.agentsMoved);
                if (message.agentsClosed != null && $Object.hasOwnProperty.call(message, "agentsClosed") && message.agentsClosed !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.agentsClosed);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerLeaving message, length delimited. Does not implicitly {@link warden.cluster.WorkerLeaving.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.WorkerLeaving
             * @static
             * @param {warden.cluster.WorkerLeaving.$Properties} message WorkerLeaving message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerLeaving.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerLeaving message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.WorkerLeaving
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.WorkerLeaving & warden.cluster.WorkerLeaving.$Shape} WorkerLeaving
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerLeaving.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.WorkerLeaving();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.agentsMoved = value;
                            else
                                delete message.agentsMoved;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.agentsClosed = value;
                            else
                                delete message.agentsClosed;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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
             * Decodes a WorkerLeaving message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.WorkerLeaving
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.WorkerLeaving & warden.cluster.WorkerLeaving.$Shape} WorkerLeaving
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerLeaving.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerLeaving message.
             * @function verify
             * @memberof warden.cluster.WorkerLeaving
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerLeaving.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agentsMoved != null && $Object.hasOwnProperty.call(message, "agentsMoved"))
                    if (!$util.isInteger(message.agentsMoved))
                        return "agentsMoved: integer expected";
                if (message.agentsClosed != null && $Object.hasOwnProperty.call(message, "agentsClosed"))
                    if (!$util.isInteger(message.agentsClosed))
                        return "agentsClosed: integer expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a WorkerLeaving message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.WorkerLeaving
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.WorkerLeaving} WorkerLeaving
             */
            WorkerLeaving.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.WorkerLeaving)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.WorkerLeaving: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.WorkerLeaving();
                if (object.agentsMoved != null)
                    if ($Number(object.agentsMoved) !== 0)
                        message.agentsMoved = object.agentsMoved >>> 0;
                if (object.agentsClosed != null)
                    if ($Number(object.agentsClosed) !== 0)
                        message.agentsClosed = object.agentsClosed >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a WorkerLeaving message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.WorkerLeaving
             * @static
             * @param {warden.cluster.WorkerLeaving} message WorkerLeaving
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerLeaving.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.agentsMoved = 0;
                    object.agentsClosed = 0;
                    object.reason = "";
                }
                if (message.agentsMoved != null && $Object.hasOwnProperty.call(message, "agentsMoved"))
                    object.agentsMoved = message.agentsMoved;
                if (message.agentsClosed != null && $Object.hasOwnProperty.call(message, "agentsClosed"))
                    object.agentsClosed = message.agentsClosed;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this WorkerLeaving to JSON.
             * @function toJSON
             * @memberof warden.cluster.WorkerLeaving
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerLeaving.prototype.toJSON = function() {
                return WorkerLeaving.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerLeaving
             * @function getTypeUrl
             * @memberof warden.cluster.WorkerLeaving
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerLeaving.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.WorkerLeaving";
            };

            return WorkerLeaving;
        })();

        cluster.WorkerLeft = (function() {

            /**
             * Properties of a WorkerLeft.
             * @typedef {Object} warden.cluster.WorkerLeft.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerLeft.
             * @memberof warden.cluster
             * @interface IWorkerLeft
             * @augments warden.cluster.WorkerLeft.$Properties
             * @deprecated Use warden.cluster.WorkerLeft.$Properties instead.
             */

            /**
             * Shape of a WorkerLeft.
             * @typedef {warden.cluster.WorkerLeft.$Properties} warden.cluster.WorkerLeft.$Shape
             */

            /**
             * Constructs a new WorkerLeft.
             * @memberof warden.cluster
             * @classdesc Represents a WorkerLeft.
             * @constructor
             * @param {warden.cluster.WorkerLeft.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var WorkerLeft = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new WorkerLeft instance using the specified properties.
             * @function create
             * @memberof warden.cluster.WorkerLeft
             * @static
             * @param {warden.cluster.WorkerLeft.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.WorkerLeft} WorkerLeft instance
             * @type {{
             *   (properties: warden.cluster.WorkerLeft.$Shape): warden.cluster.WorkerLeft & warden.cluster.WorkerLeft.$Shape;
             *   (properties?: warden.cluster.WorkerLeft.$Properties): warden.cluster.WorkerLeft;
             * }}
             */
            WorkerLeft.create = function(properties) {
                return new WorkerLeft(properties);
            };

            /**
             * Encodes the specified WorkerLeft message. Does not implicitly {@link warden.cluster.WorkerLeft.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.WorkerLeft
             * @static
             * @param {warden.cluster.WorkerLeft.$Properties} message WorkerLeft message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerLeft.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerLeft message, length delimited. Does not implicitly {@link warden.cluster.WorkerLeft.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.WorkerLeft
             * @static
             * @param {warden.cluster.WorkerLeft.$Properties} message WorkerLeft message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerLeft.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerLeft message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.WorkerLeft
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.WorkerLeft & warden.cluster.WorkerLeft.$Shape} WorkerLeft
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerLeft.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.WorkerLeft();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Decodes a WorkerLeft message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.WorkerLeft
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.WorkerLeft & warden.cluster.WorkerLeft.$Shape} WorkerLeft
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerLeft.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerLeft message.
             * @function verify
             * @memberof warden.cluster.WorkerLeft
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerLeft.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a WorkerLeft message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.WorkerLeft
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.WorkerLeft} WorkerLeft
             */
            WorkerLeft.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.WorkerLeft)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.WorkerLeft: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.warden.cluster.WorkerLeft();
            };

            /**
             * Creates a plain object from a WorkerLeft message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.WorkerLeft
             * @static
             * @param {warden.cluster.WorkerLeft} message WorkerLeft
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerLeft.toObject = function () {
                return {};
            };

            /**
             * Converts this WorkerLeft to JSON.
             * @function toJSON
             * @memberof warden.cluster.WorkerLeft
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerLeft.prototype.toJSON = function() {
                return WorkerLeft.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerLeft
             * @function getTypeUrl
             * @memberof warden.cluster.WorkerLeft
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerLeft.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.WorkerLeft";
            };

            return WorkerLeft;
        })();

        cluster.MoveAgents = (function() {

            /**
             * Properties of a MoveAgents.
             * @typedef {Object} warden.cluster.MoveAgents.$Properties
             * @property {number|null} [count] MoveAgents count
             * @property {number|null} [spreadMs] MoveAgents spreadMs
             * @property {string|null} [reason] MoveAgents reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MoveAgents.
             * @memberof warden.cluster
             * @interface IMoveAgents
             * @augments warden.cluster.MoveAgents.$Properties
             * @deprecated Use warden.cluster.MoveAgents.$Properties instead.
             */

            /**
             * Shape of a MoveAgents.
             * @typedef {warden.cluster.MoveAgents.$Properties} warden.cluster.MoveAgents.$Shape
             */

            /**
             * Constructs a new MoveAgents.
             * @memberof warden.cluster
             * @classdesc Represents a MoveAgents.
             * @constructor
             * @param {warden.cluster.MoveAgents.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var MoveAgents = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MoveAgents count.
             * @member {number} count
             * @memberof warden.cluster.MoveAgents
             * @instance
             */
            MoveAgents.prototype.count = 0;

            /**
             * MoveAgents spreadMs.
             * @member {number} spreadMs
             * @memberof warden.cluster.MoveAgents
             * @instance
             */
            MoveAgents.prototype.spreadMs = 0;

            /**
             * MoveAgents reason.
             * @member {string} reason
             * @memberof warden.cluster.MoveAgents
             * @instance
             */
            MoveAgents.prototype.reason = "";

            /**
             * Creates a new MoveAgents instance using the specified properties.
             * @function create
             * @memberof warden.cluster.MoveAgents
             * @static
             * @param {warden.cluster.MoveAgents.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.MoveAgents} MoveAgents instance
             * @type {{
             *   (properties: warden.cluster.MoveAgents.$Shape): warden.cluster.MoveAgents & warden.cluster.MoveAgents.$Shape;
             *   (properties?: warden.cluster.MoveAgents.$Properties): warden.cluster.MoveAgents;
             * }}
             */
            MoveAgents.create = function(properties) {
                return new MoveAgents(properties);
            };

            /**
             * Encodes the specified MoveAgents message. Does not implicitly {@link warden.cluster.MoveAgents.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.MoveAgents
             * @static
             * @param {warden.cluster.MoveAgents.$Properties} message MoveAgents message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MoveAgents.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
                if (message.spreadMs != null && $Object.hasOwnProperty.call(message, "spreadMs") && message.spreadMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.spreadMs);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MoveAgents message, length delimited. Does not implicitly {@link warden.cluster.MoveAgents.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.MoveAgents
             * @static
             * @param {warden.cluster.MoveAgents.$Properties} message MoveAgents message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MoveAgents.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MoveAgents message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.MoveAgents
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.MoveAgents & warden.cluster.MoveAgents.$Shape} MoveAgents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MoveAgents.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.MoveAgents();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.spreadMs = value;
                            else
                                delete message.spreadMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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
             * Decodes a MoveAgents message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.MoveAgents
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.MoveAgents & warden.cluster.MoveAgents.$Shape} MoveAgents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MoveAgents.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MoveAgents message.
             * @function verify
             * @memberof warden.cluster.MoveAgents
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MoveAgents.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count))
                        return "count: integer expected";
                if (message.spreadMs != null && $Object.hasOwnProperty.call(message, "spreadMs"))
                    if (!$util.isInteger(message.spreadMs))
                        return "spreadMs: integer expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a MoveAgents message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.MoveAgents
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.MoveAgents} MoveAgents
             */
            MoveAgents.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.MoveAgents)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.MoveAgents: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.MoveAgents();
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.spreadMs != null)
                    if ($Number(object.spreadMs) !== 0)
                        message.spreadMs = object.spreadMs >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a MoveAgents message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.MoveAgents
             * @static
             * @param {warden.cluster.MoveAgents} message MoveAgents
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MoveAgents.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.count = 0;
                    object.spreadMs = 0;
                    object.reason = "";
                }
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.spreadMs != null && $Object.hasOwnProperty.call(message, "spreadMs"))
                    object.spreadMs = message.spreadMs;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this MoveAgents to JSON.
             * @function toJSON
             * @memberof warden.cluster.MoveAgents
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MoveAgents.prototype.toJSON = function() {
                return MoveAgents.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MoveAgents
             * @function getTypeUrl
             * @memberof warden.cluster.MoveAgents
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MoveAgents.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.MoveAgents";
            };

            return MoveAgents;
        })();

        cluster.MoveAgentsAccepted = (function() {

            /**
             * Properties of a MoveAgentsAccepted.
             * @typedef {Object} warden.cluster.MoveAgentsAccepted.$Properties
             * @property {number|null} [count] MoveAgentsAccepted count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MoveAgentsAccepted.
             * @memberof warden.cluster
             * @interface IMoveAgentsAccepted
             * @augments warden.cluster.MoveAgentsAccepted.$Properties
             * @deprecated Use warden.cluster.MoveAgentsAccepted.$Properties instead.
             */

            /**
             * Shape of a MoveAgentsAccepted.
             * @typedef {warden.cluster.MoveAgentsAccepted.$Properties} warden.cluster.MoveAgentsAccepted.$Shape
             */

            /**
             * Constructs a new MoveAgentsAccepted.
             * @memberof warden.cluster
             * @classdesc Represents a MoveAgentsAccepted.
             * @constructor
             * @param {warden.cluster.MoveAgentsAccepted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var MoveAgentsAccepted = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MoveAgentsAccepted count.
             * @member {number} count
             * @memberof warden.cluster.MoveAgentsAccepted
             * @instance
             */
            MoveAgentsAccepted.prototype.count = 0;

            /**
             * Creates a new MoveAgentsAccepted instance using the specified properties.
             * @function create
             * @memberof warden.cluster.MoveAgentsAccepted
             * @static
             * @param {warden.cluster.MoveAgentsAccepted.$Properties=} [properties] Properties to set
             * @returns {warden.cluster.MoveAgentsAccepted} MoveAgentsAccepted instance
             * @type {{
             *   (properties: warden.cluster.MoveAgentsAccepted.$Shape): warden.cluster.MoveAgentsAccepted & warden.cluster.MoveAgentsAccepted.$Shape;
             *   (properties?: warden.cluster.MoveAgentsAccepted.$Properties): warden.cluster.MoveAgentsAccepted;
             * }}
             */
            MoveAgentsAccepted.create = function(properties) {
                return new MoveAgentsAccepted(properties);
            };

            /**
             * Encodes the specified MoveAgentsAccepted message. Does not implicitly {@link warden.cluster.MoveAgentsAccepted.verify|verify} messages.
             * @function encode
             * @memberof warden.cluster.MoveAgentsAccepted
             * @static
             * @param {warden.cluster.MoveAgentsAccepted.$Properties} message MoveAgentsAccepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MoveAgentsAccepted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MoveAgentsAccepted message, length delimited. Does not implicitly {@link warden.cluster.MoveAgentsAccepted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof warden.cluster.MoveAgentsAccepted
             * @static
             * @param {warden.cluster.MoveAgentsAccepted.$Properties} message MoveAgentsAccepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MoveAgentsAccepted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MoveAgentsAccepted message from the specified reader or buffer.
             * @function decode
             * @memberof warden.cluster.MoveAgentsAccepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {warden.cluster.MoveAgentsAccepted & warden.cluster.MoveAgentsAccepted.$Shape} MoveAgentsAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MoveAgentsAccepted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.warden.cluster.MoveAgentsAccepted();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
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
             * Decodes a MoveAgentsAccepted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof warden.cluster.MoveAgentsAccepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {warden.cluster.MoveAgentsAccepted & warden.cluster.MoveAgentsAccepted.$Shape} MoveAgentsAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MoveAgentsAccepted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MoveAgentsAccepted message.
             * @function verify
             * @memberof warden.cluster.MoveAgentsAccepted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MoveAgentsAccepted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count))
                        return "count: integer expected";
                return null;
            };

            /**
             * Creates a MoveAgentsAccepted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof warden.cluster.MoveAgentsAccepted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {warden.cluster.MoveAgentsAccepted} MoveAgentsAccepted
             */
            MoveAgentsAccepted.fromObject = function (object, _depth) {
                if (object instanceof $root.warden.cluster.MoveAgentsAccepted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".warden.cluster.MoveAgentsAccepted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.warden.cluster.MoveAgentsAccepted();
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a MoveAgentsAccepted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof warden.cluster.MoveAgentsAccepted
             * @static
             * @param {warden.cluster.MoveAgentsAccepted} message MoveAgentsAccepted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MoveAgentsAccepted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.count = 0;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                return object;
            };

            /**
             * Converts this MoveAgentsAccepted to JSON.
             * @function toJSON
             * @memberof warden.cluster.MoveAgentsAccepted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MoveAgentsAccepted.prototype.toJSON = function() {
                return MoveAgentsAccepted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MoveAgentsAccepted
             * @function getTypeUrl
             * @memberof warden.cluster.MoveAgentsAccepted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MoveAgentsAccepted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/warden.cluster.MoveAgentsAccepted";
            };

            return MoveAgentsAccepted;
        })();

        return cluster;
    })();

    return warden;
})();

module.exports = $root;
