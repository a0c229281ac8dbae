/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Added by scripts/gen-proto.js: 64-bit fields are plain JS numbers (see --force-number).
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

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

        cluster.SessionAccept = (function() {

            /**
             * Properties of a SessionAccept.
             * @typedef {Object} warden.cluster.SessionAccept.$Properties
             * @property {number|null} [protocolVersion] SessionAccept protocolVersion
             * @property {Uint8Array|null} [random] SessionAccept random
             * @property {Uint8Array|null} [keyId] SessionAccept keyId
             * @property {Uint8Array|null} [proof] SessionAccept proof
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
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.random != null && $Object.hasOwnProperty.call(message, "random"))
                    object.random = options.bytes === $String ? $util.base64.encode(message.random, 0, message.random.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.random) : message.random;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = options.bytes === $String ? $util.base64.encode(message.keyId, 0, message.keyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyId) : message.keyId;
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    object.proof = options.bytes === $String ? $util.base64.encode(message.proof, 0, message.proof.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proof) : message.proof;
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
             * @property {warden.cluster.StreamOpen.$Properties|null} [streamOpen] Envelope streamOpen
             * @property {warden.cluster.StreamChunk.$Properties|null} [streamChunk] Envelope streamChunk
             * @property {warden.cluster.StreamCredit.$Properties|null} [streamCredit] Envelope streamCredit
             * @property {warden.cluster.StreamEnd.$Properties|null} [streamEnd] Envelope streamEnd
             * @property {warden.cluster.StreamAbort.$Properties|null} [streamAbort] Envelope streamAbort
             * @property {warden.cluster.Ping.$Properties|null} [ping] Envelope ping
             * @property {warden.cluster.Pong.$Properties|null} [pong] Envelope pong
             * @property {"hello"|"helloAccepted"|"error"|"keepAlive"|"keepAliveAck"|"controlRequest"|"controlResponse"|"streamOpen"|"streamChunk"|"streamCredit"|"streamEnd"|"streamAbort"|"ping"|"pong"} [body] Envelope body
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
             *   streamOpen?: warden.cluster.StreamOpen.$Shape|null;
             *   streamChunk?: warden.cluster.StreamChunk.$Shape|null;
             *   streamCredit?: warden.cluster.StreamCredit.$Shape|null;
             *   streamEnd?: warden.cluster.StreamEnd.$Shape|null;
             *   streamAbort?: warden.cluster.StreamAbort.$Shape|null;
             *   ping?: warden.cluster.Ping.$Shape|null;
             *   pong?: warden.cluster.Pong.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "hello"; hello: warden.cluster.Hello.$Shape; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "helloAccepted"; hello?: null; helloAccepted: warden.cluster.HelloAccepted.$Shape; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "error"; hello?: null; helloAccepted?: null; error: warden.cluster.ErrorReply.$Shape; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "keepAlive"; hello?: null; helloAccepted?: null; error?: null; keepAlive: warden.cluster.KeepAlive.$Shape; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "keepAliveAck"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck: warden.cluster.KeepAliveAck.$Shape; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "controlRequest"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest: warden.cluster.ControlRequest.$Shape; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "controlResponse"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse: warden.cluster.ControlResponse.$Shape; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "streamOpen"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen: warden.cluster.StreamOpen.$Shape; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "streamChunk"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk: warden.cluster.StreamChunk.$Shape; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "streamCredit"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit: warden.cluster.StreamCredit.$Shape; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null }|{ body?: "streamEnd"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd: warden.cluster.StreamEnd.$Shape; streamAbort?: null; ping?: null; pong?: null }|{ body?: "streamAbort"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort: warden.cluster.StreamAbort.$Shape; ping?: null; pong?: null }|{ body?: "ping"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping: warden.cluster.Ping.$Shape; pong?: null }|{ body?: "pong"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong: warden.cluster.Pong.$Shape })
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

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Envelope body.
             * @member {"hello"|"helloAccepted"|"error"|"keepAlive"|"keepAliveAck"|"controlRequest"|"controlResponse"|"streamOpen"|"streamChunk"|"streamCredit"|"streamEnd"|"streamAbort"|"ping"|"pong"|undefined} body
             * @memberof warden.cluster.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "helloAccepted", "error", "keepAlive", "keepAliveAck", "controlRequest", "controlResponse", "streamOpen", "streamChunk", "streamCredit", "streamEnd", "streamAbort", "ping", "pong"]),
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
                }
                if (message.masterName != null && $Object.hasOwnProperty.call(message, "masterName"))
                    object.masterName = message.masterName;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
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
                if (options.defaults)
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber(true) : message.sentAtMs;
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
             * @property {"init"|"accept"|"reject"|"confirm"} [step] SessionSetup step
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
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ step?: undefined; init?: null; accept?: null; reject?: null; confirm?: null }|{ step?: "init"; init: warden.cluster.SessionInit.$Shape; accept?: null; reject?: null; confirm?: null }|{ step?: "accept"; init?: null; accept: warden.cluster.SessionAccept.$Shape; reject?: null; confirm?: null }|{ step?: "reject"; init?: null; accept?: null; reject: warden.cluster.SessionReject.$Shape; confirm?: null }|{ step?: "confirm"; init?: null; accept?: null; reject?: null; confirm: warden.cluster.SessionConfirm.$Shape })
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

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * SessionSetup step.
             * @member {"init"|"accept"|"reject"|"confirm"|undefined} step
             * @memberof warden.cluster.SessionSetup
             * @instance
             */
            $Object.defineProperty(SessionSetup.prototype, "step", {
                get: $util.oneOfGetter($oneOfFields = ["init", "accept", "reject", "confirm"]),
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

        return cluster;
    })();

    return warden;
})();

module.exports = $root;
