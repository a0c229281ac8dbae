import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace warden. */
export namespace warden {

    /** Namespace cluster. */
    namespace cluster {

        /**
         * Properties of a SessionInit.
         * @deprecated Use warden.cluster.SessionInit.$Properties instead.
         */
        interface ISessionInit extends warden.cluster.SessionInit.$Properties {
        }

        /** Represents a SessionInit. */
        class SessionInit {

            /**
             * Constructs a new SessionInit.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.SessionInit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionInit protocolVersion. */
            protocolVersion: number;

            /** SessionInit random. */
            random: Uint8Array;

            /** SessionInit keyIds. */
            keyIds: Uint8Array[];

            /** SessionInit ephemeral. */
            ephemeral: Uint8Array;

            /**
             * Creates a new SessionInit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionInit instance
             */
            static create(properties: warden.cluster.SessionInit.$Shape): warden.cluster.SessionInit & warden.cluster.SessionInit.$Shape;
            static create(properties?: warden.cluster.SessionInit.$Properties): warden.cluster.SessionInit;

            /**
             * Encodes the specified SessionInit message. Does not implicitly {@link warden.cluster.SessionInit.verify|verify} messages.
             * @param message SessionInit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.SessionInit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SessionInit message, length delimited. Does not implicitly {@link warden.cluster.SessionInit.verify|verify} messages.
             * @param message SessionInit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.SessionInit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionInit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.SessionInit & warden.cluster.SessionInit.$Shape} SessionInit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.SessionInit & warden.cluster.SessionInit.$Shape;

            /**
             * Decodes a SessionInit message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionInit & warden.cluster.SessionInit.$Shape} SessionInit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.SessionInit & warden.cluster.SessionInit.$Shape;

            /**
             * Verifies a SessionInit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionInit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionInit
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.SessionInit;

            /**
             * Creates a plain object from a SessionInit message. Also converts values to other types if specified.
             * @param message SessionInit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.SessionInit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionInit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionInit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionInit {

            /** Properties of a SessionInit. */
            interface $Properties {

                /** SessionInit protocolVersion */
                protocolVersion?: (number|null);

                /** SessionInit random */
                random?: (Uint8Array|null);

                /** SessionInit keyIds */
                keyIds?: (Uint8Array[]|null);

                /** SessionInit ephemeral */
                ephemeral?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionInit. */
            type $Shape = warden.cluster.SessionInit.$Properties;
        }

        /**
         * Properties of a SessionChallenge.
         * @deprecated Use warden.cluster.SessionChallenge.$Properties instead.
         */
        interface ISessionChallenge extends warden.cluster.SessionChallenge.$Properties {
        }

        /** Represents a SessionChallenge. */
        class SessionChallenge {

            /**
             * Constructs a new SessionChallenge.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.SessionChallenge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionChallenge protocolVersion. */
            protocolVersion: number;

            /** SessionChallenge random. */
            random: Uint8Array;

            /** SessionChallenge ephemeral. */
            ephemeral: Uint8Array;

            /**
             * Creates a new SessionChallenge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionChallenge instance
             */
            static create(properties: warden.cluster.SessionChallenge.$Shape): warden.cluster.SessionChallenge & warden.cluster.SessionChallenge.$Shape;
            static create(properties?: warden.cluster.SessionChallenge.$Properties): warden.cluster.SessionChallenge;

            /**
             * Encodes the specified SessionChallenge message. Does not implicitly {@link warden.cluster.SessionChallenge.verify|verify} messages.
             * @param message SessionChallenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.SessionChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SessionChallenge message, length delimited. Does not implicitly {@link warden.cluster.SessionChallenge.verify|verify} messages.
             * @param message SessionChallenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.SessionChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionChallenge message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.SessionChallenge & warden.cluster.SessionChallenge.$Shape} SessionChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.SessionChallenge & warden.cluster.SessionChallenge.$Shape;

            /**
             * Decodes a SessionChallenge message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionChallenge & warden.cluster.SessionChallenge.$Shape} SessionChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.SessionChallenge & warden.cluster.SessionChallenge.$Shape;

            /**
             * Verifies a SessionChallenge message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionChallenge message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionChallenge
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.SessionChallenge;

            /**
             * Creates a plain object from a SessionChallenge message. Also converts values to other types if specified.
             * @param message SessionChallenge
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.SessionChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionChallenge to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionChallenge
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionChallenge {

            /** Properties of a SessionChallenge. */
            interface $Properties {

                /** SessionChallenge protocolVersion */
                protocolVersion?: (number|null);

                /** SessionChallenge random */
                random?: (Uint8Array|null);

                /** SessionChallenge ephemeral */
                ephemeral?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionChallenge. */
            type $Shape = warden.cluster.SessionChallenge.$Properties;
        }

        /**
         * Properties of a SessionOffer.
         * @deprecated Use warden.cluster.SessionOffer.$Properties instead.
         */
        interface ISessionOffer extends warden.cluster.SessionOffer.$Properties {
        }

        /** Represents a SessionOffer. */
        class SessionOffer {

            /**
             * Constructs a new SessionOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.SessionOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionOffer keyTags. */
            keyTags: Uint8Array[];

            /**
             * Creates a new SessionOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionOffer instance
             */
            static create(properties: warden.cluster.SessionOffer.$Shape): warden.cluster.SessionOffer & warden.cluster.SessionOffer.$Shape;
            static create(properties?: warden.cluster.SessionOffer.$Properties): warden.cluster.SessionOffer;

            /**
             * Encodes the specified SessionOffer message. Does not implicitly {@link warden.cluster.SessionOffer.verify|verify} messages.
             * @param message SessionOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.SessionOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SessionOffer message, length delimited. Does not implicitly {@link warden.cluster.SessionOffer.verify|verify} messages.
             * @param message SessionOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.SessionOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.SessionOffer & warden.cluster.SessionOffer.$Shape} SessionOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.SessionOffer & warden.cluster.SessionOffer.$Shape;

            /**
             * Decodes a SessionOffer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionOffer & warden.cluster.SessionOffer.$Shape} SessionOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.SessionOffer & warden.cluster.SessionOffer.$Shape;

            /**
             * Verifies a SessionOffer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionOffer
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.SessionOffer;

            /**
             * Creates a plain object from a SessionOffer message. Also converts values to other types if specified.
             * @param message SessionOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.SessionOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionOffer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionOffer {

            /** Properties of a SessionOffer. */
            interface $Properties {

                /** SessionOffer keyTags */
                keyTags?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionOffer. */
            type $Shape = warden.cluster.SessionOffer.$Properties;
        }

        /**
         * Properties of a SessionAccept.
         * @deprecated Use warden.cluster.SessionAccept.$Properties instead.
         */
        interface ISessionAccept extends warden.cluster.SessionAccept.$Properties {
        }

        /** Represents a SessionAccept. */
        class SessionAccept {

            /**
             * Constructs a new SessionAccept.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.SessionAccept.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionAccept protocolVersion. */
            protocolVersion: number;

            /** SessionAccept random. */
            random: Uint8Array;

            /** SessionAccept keyId. */
            keyId: Uint8Array;

            /** SessionAccept proof. */
            proof: Uint8Array;

            /** SessionAccept keyIndex. */
            keyIndex: number;

            /**
             * Creates a new SessionAccept instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionAccept instance
             */
            static create(properties: warden.cluster.SessionAccept.$Shape): warden.cluster.SessionAccept & warden.cluster.SessionAccept.$Shape;
            static create(properties?: warden.cluster.SessionAccept.$Properties): warden.cluster.SessionAccept;

            /**
             * Encodes the specified SessionAccept message. Does not implicitly {@link warden.cluster.SessionAccept.verify|verify} messages.
             * @param message SessionAccept message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.SessionAccept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SessionAccept message, length delimited. Does not implicitly {@link warden.cluster.SessionAccept.verify|verify} messages.
             * @param message SessionAccept message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.SessionAccept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionAccept message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.SessionAccept & warden.cluster.SessionAccept.$Shape} SessionAccept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.SessionAccept & warden.cluster.SessionAccept.$Shape;

            /**
             * Decodes a SessionAccept message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionAccept & warden.cluster.SessionAccept.$Shape} SessionAccept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.SessionAccept & warden.cluster.SessionAccept.$Shape;

            /**
             * Verifies a SessionAccept message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionAccept message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionAccept
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.SessionAccept;

            /**
             * Creates a plain object from a SessionAccept message. Also converts values to other types if specified.
             * @param message SessionAccept
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.SessionAccept, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionAccept to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionAccept
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionAccept {

            /** Properties of a SessionAccept. */
            interface $Properties {

                /** SessionAccept protocolVersion */
                protocolVersion?: (number|null);

                /** SessionAccept random */
                random?: (Uint8Array|null);

                /** SessionAccept keyId */
                keyId?: (Uint8Array|null);

                /** SessionAccept proof */
                proof?: (Uint8Array|null);

                /** SessionAccept keyIndex */
                keyIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionAccept. */
            type $Shape = warden.cluster.SessionAccept.$Properties;
        }

        /**
         * Properties of a SessionReject.
         * @deprecated Use warden.cluster.SessionReject.$Properties instead.
         */
        interface ISessionReject extends warden.cluster.SessionReject.$Properties {
        }

        /** Represents a SessionReject. */
        class SessionReject {

            /**
             * Constructs a new SessionReject.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.SessionReject.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionReject code. */
            code: string;

            /** SessionReject message. */
            message: string;

            /**
             * Creates a new SessionReject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionReject instance
             */
            static create(properties: warden.cluster.SessionReject.$Shape): warden.cluster.SessionReject & warden.cluster.SessionReject.$Shape;
            static create(properties?: warden.cluster.SessionReject.$Properties): warden.cluster.SessionReject;

            /**
             * Encodes the specified SessionReject message. Does not implicitly {@link warden.cluster.SessionReject.verify|verify} messages.
             * @param message SessionReject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.SessionReject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SessionReject message, length delimited. Does not implicitly {@link warden.cluster.SessionReject.verify|verify} messages.
             * @param message SessionReject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.SessionReject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionReject message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.SessionReject & warden.cluster.SessionReject.$Shape} SessionReject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.SessionReject & warden.cluster.SessionReject.$Shape;

            /**
             * Decodes a SessionReject message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionReject & warden.cluster.SessionReject.$Shape} SessionReject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.SessionReject & warden.cluster.SessionReject.$Shape;

            /**
             * Verifies a SessionReject message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionReject message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionReject
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.SessionReject;

            /**
             * Creates a plain object from a SessionReject message. Also converts values to other types if specified.
             * @param message SessionReject
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.SessionReject, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionReject to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionReject
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionReject {

            /** Properties of a SessionReject. */
            interface $Properties {

                /** SessionReject code */
                code?: (string|null);

                /** SessionReject message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionReject. */
            type $Shape = warden.cluster.SessionReject.$Properties;
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use warden.cluster.Envelope.$Properties instead.
         */
        interface IEnvelope extends warden.cluster.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope id. */
            id: number;

            /** Envelope replyTo. */
            replyTo: number;

            /** Envelope hello. */
            hello?: (warden.cluster.Hello.$Properties|null);

            /** Envelope helloAccepted. */
            helloAccepted?: (warden.cluster.HelloAccepted.$Properties|null);

            /** Envelope error. */
            error?: (warden.cluster.ErrorReply.$Properties|null);

            /** Envelope keepAlive. */
            keepAlive?: (warden.cluster.KeepAlive.$Properties|null);

            /** Envelope keepAliveAck. */
            keepAliveAck?: (warden.cluster.KeepAliveAck.$Properties|null);

            /** Envelope controlRequest. */
            controlRequest?: (warden.cluster.ControlRequest.$Properties|null);

            /** Envelope controlResponse. */
            controlResponse?: (warden.cluster.ControlResponse.$Properties|null);

            /** Envelope nodeControlRequest. */
            nodeControlRequest?: (warden.cluster.NodeControlRequest.$Properties|null);

            /** Envelope notLeader. */
            notLeader?: (warden.cluster.NotLeader.$Properties|null);

            /** Envelope streamOpen. */
            streamOpen?: (warden.cluster.StreamOpen.$Properties|null);

            /** Envelope streamChunk. */
            streamChunk?: (warden.cluster.StreamChunk.$Properties|null);

            /** Envelope streamCredit. */
            streamCredit?: (warden.cluster.StreamCredit.$Properties|null);

            /** Envelope streamEnd. */
            streamEnd?: (warden.cluster.StreamEnd.$Properties|null);

            /** Envelope streamAbort. */
            streamAbort?: (warden.cluster.StreamAbort.$Properties|null);

            /** Envelope ping. */
            ping?: (warden.cluster.Ping.$Properties|null);

            /** Envelope pong. */
            pong?: (warden.cluster.Pong.$Properties|null);

            /** Envelope agentInfoBatch. */
            agentInfoBatch?: (warden.cluster.AgentInfoBatch.$Properties|null);

            /** Envelope agentInfoAck. */
            agentInfoAck?: (warden.cluster.AgentInfoAck.$Properties|null);

            /** Envelope registryStateRequest. */
            registryStateRequest?: (warden.cluster.RegistryStateRequest.$Properties|null);

            /** Envelope registryState. */
            registryState?: (warden.cluster.RegistryState.$Properties|null);

            /** Envelope registryUpdate. */
            registryUpdate?: (warden.cluster.RegistryUpdate.$Properties|null);

            /** Envelope integrityCheck. */
            integrityCheck?: (warden.cluster.IntegrityCheck.$Properties|null);

            /** Envelope integrityStatus. */
            integrityStatus?: (warden.cluster.IntegrityStatus.$Properties|null);

            /** Envelope integrityTable. */
            integrityTable?: (warden.cluster.IntegrityTable.$Properties|null);

            /** Envelope integrityPlan. */
            integrityPlan?: (warden.cluster.IntegrityPlan.$Properties|null);

            /** Envelope integrityFetch. */
            integrityFetch?: (warden.cluster.IntegrityFetch.$Properties|null);

            /** Envelope integrityFetched. */
            integrityFetched?: (warden.cluster.IntegrityFetched.$Properties|null);

            /** Envelope integrityResult. */
            integrityResult?: (warden.cluster.IntegrityResult.$Properties|null);

            /** Envelope integrityChanged. */
            integrityChanged?: (warden.cluster.IntegrityChanged.$Properties|null);

            /** Envelope integrityAck. */
            integrityAck?: (warden.cluster.IntegrityAck.$Properties|null);

            /** Envelope workerLeaving. */
            workerLeaving?: (warden.cluster.WorkerLeaving.$Properties|null);

            /** Envelope workerLeft. */
            workerLeft?: (warden.cluster.WorkerLeft.$Properties|null);

            /** Envelope moveAgents. */
            moveAgents?: (warden.cluster.MoveAgents.$Properties|null);

            /** Envelope moveAgentsAccepted. */
            moveAgentsAccepted?: (warden.cluster.MoveAgentsAccepted.$Properties|null);

            /** Envelope replicaStateRequest. */
            replicaStateRequest?: (warden.cluster.ReplicaStateRequest.$Properties|null);

            /** Envelope replicaState. */
            replicaState?: (warden.cluster.ReplicaState.$Properties|null);

            /** Envelope replicaUpdate. */
            replicaUpdate?: (warden.cluster.ReplicaUpdate.$Properties|null);

            /** Envelope body. */
            body?: ("hello"|"helloAccepted"|"error"|"keepAlive"|"keepAliveAck"|"controlRequest"|"controlResponse"|"nodeControlRequest"|"notLeader"|"streamOpen"|"streamChunk"|"streamCredit"|"streamEnd"|"streamAbort"|"ping"|"pong"|"agentInfoBatch"|"agentInfoAck"|"registryStateRequest"|"registryState"|"registryUpdate"|"integrityCheck"|"integrityStatus"|"integrityTable"|"integrityPlan"|"integrityFetch"|"integrityFetched"|"integrityResult"|"integrityChanged"|"integrityAck"|"workerLeaving"|"workerLeft"|"moveAgents"|"moveAgentsAccepted"|"replicaStateRequest"|"replicaState"|"replicaUpdate");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: warden.cluster.Envelope.$Shape): warden.cluster.Envelope & warden.cluster.Envelope.$Shape;
            static create(properties?: warden.cluster.Envelope.$Properties): warden.cluster.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link warden.cluster.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link warden.cluster.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.Envelope & warden.cluster.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.Envelope & warden.cluster.Envelope.$Shape;

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.Envelope & warden.cluster.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.Envelope & warden.cluster.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope id */
                id?: (number|null);

                /** Envelope replyTo */
                replyTo?: (number|null);

                /** Envelope hello */
                hello?: (warden.cluster.Hello.$Properties|null);

                /** Envelope helloAccepted */
                helloAccepted?: (warden.cluster.HelloAccepted.$Properties|null);

                /** Envelope error */
                error?: (warden.cluster.ErrorReply.$Properties|null);

                /** Envelope keepAlive */
                keepAlive?: (warden.cluster.KeepAlive.$Properties|null);

                /** Envelope keepAliveAck */
                keepAliveAck?: (warden.cluster.KeepAliveAck.$Properties|null);

                /** Envelope controlRequest */
                controlRequest?: (warden.cluster.ControlRequest.$Properties|null);

                /** Envelope controlResponse */
                controlResponse?: (warden.cluster.ControlResponse.$Properties|null);

                /** Envelope nodeControlRequest */
                nodeControlRequest?: (warden.cluster.NodeControlRequest.$Properties|null);

                /** Envelope notLeader */
                notLeader?: (warden.cluster.NotLeader.$Properties|null);

                /** Envelope streamOpen */
                streamOpen?: (warden.cluster.StreamOpen.$Properties|null);

                /** Envelope streamChunk */
                streamChunk?: (warden.cluster.StreamChunk.$Properties|null);

                /** Envelope streamCredit */
                streamCredit?: (warden.cluster.StreamCredit.$Properties|null);

                /** Envelope streamEnd */
                streamEnd?: (warden.cluster.StreamEnd.$Properties|null);

                /** Envelope streamAbort */
                streamAbort?: (warden.cluster.StreamAbort.$Properties|null);

                /** Envelope ping */
                ping?: (warden.cluster.Ping.$Properties|null);

                /** Envelope pong */
                pong?: (warden.cluster.Pong.$Properties|null);

                /** Envelope agentInfoBatch */
                agentInfoBatch?: (warden.cluster.AgentInfoBatch.$Properties|null);

                /** Envelope agentInfoAck */
                agentInfoAck?: (warden.cluster.AgentInfoAck.$Properties|null);

                /** Envelope registryStateRequest */
                registryStateRequest?: (warden.cluster.RegistryStateRequest.$Properties|null);

                /** Envelope registryState */
                registryState?: (warden.cluster.RegistryState.$Properties|null);

                /** Envelope registryUpdate */
                registryUpdate?: (warden.cluster.RegistryUpdate.$Properties|null);

                /** Envelope integrityCheck */
                integrityCheck?: (warden.cluster.IntegrityCheck.$Properties|null);

                /** Envelope integrityStatus */
                integrityStatus?: (warden.cluster.IntegrityStatus.$Properties|null);

                /** Envelope integrityTable */
                integrityTable?: (warden.cluster.IntegrityTable.$Properties|null);

                /** Envelope integrityPlan */
                integrityPlan?: (warden.cluster.IntegrityPlan.$Properties|null);

                /** Envelope integrityFetch */
                integrityFetch?: (warden.cluster.IntegrityFetch.$Properties|null);

                /** Envelope integrityFetched */
                integrityFetched?: (warden.cluster.IntegrityFetched.$Properties|null);

                /** Envelope integrityResult */
                integrityResult?: (warden.cluster.IntegrityResult.$Properties|null);

                /** Envelope integrityChanged */
                integrityChanged?: (warden.cluster.IntegrityChanged.$Properties|null);

                /** Envelope integrityAck */
                integrityAck?: (warden.cluster.IntegrityAck.$Properties|null);

                /** Envelope workerLeaving */
                workerLeaving?: (warden.cluster.WorkerLeaving.$Properties|null);

                /** Envelope workerLeft */
                workerLeft?: (warden.cluster.WorkerLeft.$Properties|null);

                /** Envelope moveAgents */
                moveAgents?: (warden.cluster.MoveAgents.$Properties|null);

                /** Envelope moveAgentsAccepted */
                moveAgentsAccepted?: (warden.cluster.MoveAgentsAccepted.$Properties|null);

                /** Envelope replicaStateRequest */
                replicaStateRequest?: (warden.cluster.ReplicaStateRequest.$Properties|null);

                /** Envelope replicaState */
                replicaState?: (warden.cluster.ReplicaState.$Properties|null);

                /** Envelope replicaUpdate */
                replicaUpdate?: (warden.cluster.ReplicaUpdate.$Properties|null);

                /** Envelope body */
                body?: ("hello"|"helloAccepted"|"error"|"keepAlive"|"keepAliveAck"|"controlRequest"|"controlResponse"|"nodeControlRequest"|"notLeader"|"streamOpen"|"streamChunk"|"streamCredit"|"streamEnd"|"streamAbort"|"ping"|"pong"|"agentInfoBatch"|"agentInfoAck"|"registryStateRequest"|"registryState"|"registryUpdate"|"integrityCheck"|"integrityStatus"|"integrityTable"|"integrityPlan"|"integrityFetch"|"integrityFetched"|"integrityResult"|"integrityChanged"|"integrityAck"|"workerLeaving"|"workerLeft"|"moveAgents"|"moveAgentsAccepted"|"replicaStateRequest"|"replicaState"|"replicaUpdate");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              id?: number|null;
              replyTo?: number|null;
              hello?: warden.cluster.Hello.$Shape|null;
              helloAccepted?: warden.cluster.HelloAccepted.$Shape|null;
              error?: warden.cluster.ErrorReply.$Shape|null;
              keepAlive?: warden.cluster.KeepAlive.$Shape|null;
              keepAliveAck?: warden.cluster.KeepAliveAck.$Shape|null;
              controlRequest?: warden.cluster.ControlRequest.$Shape|null;
              controlResponse?: warden.cluster.ControlResponse.$Shape|null;
              nodeControlRequest?: warden.cluster.NodeControlRequest.$Shape|null;
              notLeader?: warden.cluster.NotLeader.$Shape|null;
              streamOpen?: warden.cluster.StreamOpen.$Shape|null;
              streamChunk?: warden.cluster.StreamChunk.$Shape|null;
              streamCredit?: warden.cluster.StreamCredit.$Shape|null;
              streamEnd?: warden.cluster.StreamEnd.$Shape|null;
              streamAbort?: warden.cluster.StreamAbort.$Shape|null;
              ping?: warden.cluster.Ping.$Shape|null;
              pong?: warden.cluster.Pong.$Shape|null;
              agentInfoBatch?: warden.cluster.AgentInfoBatch.$Shape|null;
              agentInfoAck?: warden.cluster.AgentInfoAck.$Shape|null;
              registryStateRequest?: warden.cluster.RegistryStateRequest.$Shape|null;
              registryState?: warden.cluster.RegistryState.$Shape|null;
              registryUpdate?: warden.cluster.RegistryUpdate.$Shape|null;
              integrityCheck?: warden.cluster.IntegrityCheck.$Shape|null;
              integrityStatus?: warden.cluster.IntegrityStatus.$Shape|null;
              integrityTable?: warden.cluster.IntegrityTable.$Shape|null;
              integrityPlan?: warden.cluster.IntegrityPlan.$Shape|null;
              integrityFetch?: warden.cluster.IntegrityFetch.$Shape|null;
              integrityFetched?: warden.cluster.IntegrityFetched.$Shape|null;
              integrityResult?: warden.cluster.IntegrityResult.$Shape|null;
              integrityChanged?: warden.cluster.IntegrityChanged.$Shape|null;
              integrityAck?: warden.cluster.IntegrityAck.$Shape|null;
              workerLeaving?: warden.cluster.WorkerLeaving.$Shape|null;
              workerLeft?: warden.cluster.WorkerLeft.$Shape|null;
              moveAgents?: warden.cluster.MoveAgents.$Shape|null;
              moveAgentsAccepted?: warden.cluster.MoveAgentsAccepted.$Shape|null;
              replicaStateRequest?: warden.cluster.ReplicaStateRequest.$Shape|null;
              replicaState?: warden.cluster.ReplicaState.$Shape|null;
              replicaUpdate?: warden.cluster.ReplicaUpdate.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "hello"; hello: warden.cluster.Hello.$Shape; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "helloAccepted"; hello?: null; helloAccepted: warden.cluster.HelloAccepted.$Shape; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "error"; hello?: null; helloAccepted?: null; error: warden.cluster.ErrorReply.$Shape; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "keepAlive"; hello?: null; helloAccepted?: null; error?: null; keepAlive: warden.cluster.KeepAlive.$Shape; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "keepAliveAck"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck: warden.cluster.KeepAliveAck.$Shape; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "controlRequest"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest: warden.cluster.ControlRequest.$Shape; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "controlResponse"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse: warden.cluster.ControlResponse.$Shape; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "nodeControlRequest"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest: warden.cluster.NodeControlRequest.$Shape; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "notLeader"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader: warden.cluster.NotLeader.$Shape; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "streamOpen"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen: warden.cluster.StreamOpen.$Shape; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "streamChunk"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk: warden.cluster.StreamChunk.$Shape; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "streamCredit"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit: warden.cluster.StreamCredit.$Shape; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "streamEnd"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd: warden.cluster.StreamEnd.$Shape; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "streamAbort"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort: warden.cluster.StreamAbort.$Shape; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "ping"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping: warden.cluster.Ping.$Shape; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "pong"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong: warden.cluster.Pong.$Shape; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "agentInfoBatch"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch: warden.cluster.AgentInfoBatch.$Shape; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "agentInfoAck"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck: warden.cluster.AgentInfoAck.$Shape; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "registryStateRequest"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest: warden.cluster.RegistryStateRequest.$Shape; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "registryState"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState: warden.cluster.RegistryState.$Shape; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "registryUpdate"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate: warden.cluster.RegistryUpdate.$Shape; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "integrityCheck"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck: warden.cluster.IntegrityCheck.$Shape; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "integrityStatus"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus: warden.cluster.IntegrityStatus.$Shape; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "integrityTable"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable: warden.cluster.IntegrityTable.$Shape; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "integrityPlan"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan: warden.cluster.IntegrityPlan.$Shape; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "integrityFetch"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch: warden.cluster.IntegrityFetch.$Shape; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "integrityFetched"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched: warden.cluster.IntegrityFetched.$Shape; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "integrityResult"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult: warden.cluster.IntegrityResult.$Shape; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "integrityChanged"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged: warden.cluster.IntegrityChanged.$Shape; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "integrityAck"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck: warden.cluster.IntegrityAck.$Shape; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "workerLeaving"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving: warden.cluster.WorkerLeaving.$Shape; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "workerLeft"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft: warden.cluster.WorkerLeft.$Shape; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "moveAgents"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents: warden.cluster.MoveAgents.$Shape; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "moveAgentsAccepted"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted: warden.cluster.MoveAgentsAccepted.$Shape; replicaStateRequest?: null; replicaState?: null; replicaUpdate?: null }|{ body?: "replicaStateRequest"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest: warden.cluster.ReplicaStateRequest.$Shape; replicaState?: null; replicaUpdate?: null }|{ body?: "replicaState"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState: warden.cluster.ReplicaState.$Shape; replicaUpdate?: null }|{ body?: "replicaUpdate"; hello?: null; helloAccepted?: null; error?: null; keepAlive?: null; keepAliveAck?: null; controlRequest?: null; controlResponse?: null; nodeControlRequest?: null; notLeader?: null; streamOpen?: null; streamChunk?: null; streamCredit?: null; streamEnd?: null; streamAbort?: null; ping?: null; pong?: null; agentInfoBatch?: null; agentInfoAck?: null; registryStateRequest?: null; registryState?: null; registryUpdate?: null; integrityCheck?: null; integrityStatus?: null; integrityTable?: null; integrityPlan?: null; integrityFetch?: null; integrityFetched?: null; integrityResult?: null; integrityChanged?: null; integrityAck?: null; workerLeaving?: null; workerLeft?: null; moveAgents?: null; moveAgentsAccepted?: null; replicaStateRequest?: null; replicaState?: null; replicaUpdate: warden.cluster.ReplicaUpdate.$Shape })
            );
        }

        /**
         * Properties of a Hello.
         * @deprecated Use warden.cluster.Hello.$Properties instead.
         */
        interface IHello extends warden.cluster.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello clusterName. */
            clusterName: string;

            /** Hello nodeName. */
            nodeName: string;

            /** Hello nodeType. */
            nodeType: string;

            /** Hello version. */
            version: string;

            /** Hello protocolVersion. */
            protocolVersion: number;

            /** Hello address. */
            address: string;

            /** Hello knownEpoch. */
            knownEpoch: number;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: warden.cluster.Hello.$Shape): warden.cluster.Hello & warden.cluster.Hello.$Shape;
            static create(properties?: warden.cluster.Hello.$Properties): warden.cluster.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link warden.cluster.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link warden.cluster.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.Hello & warden.cluster.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.Hello & warden.cluster.Hello.$Shape;

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.Hello & warden.cluster.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.Hello & warden.cluster.Hello.$Shape;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello clusterName */
                clusterName?: (string|null);

                /** Hello nodeName */
                nodeName?: (string|null);

                /** Hello nodeType */
                nodeType?: (string|null);

                /** Hello version */
                version?: (string|null);

                /** Hello protocolVersion */
                protocolVersion?: (number|null);

                /** Hello address */
                address?: (string|null);

                /** Hello knownEpoch */
                knownEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = warden.cluster.Hello.$Properties;
        }

        /**
         * Properties of a HelloAccepted.
         * @deprecated Use warden.cluster.HelloAccepted.$Properties instead.
         */
        interface IHelloAccepted extends warden.cluster.HelloAccepted.$Properties {
        }

        /** Represents a HelloAccepted. */
        class HelloAccepted {

            /**
             * Constructs a new HelloAccepted.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.HelloAccepted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloAccepted masterName. */
            masterName: string;

            /** HelloAccepted version. */
            version: string;

            /** HelloAccepted epoch. */
            epoch: number;

            /**
             * Creates a new HelloAccepted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloAccepted instance
             */
            static create(properties: warden.cluster.HelloAccepted.$Shape): warden.cluster.HelloAccepted & warden.cluster.HelloAccepted.$Shape;
            static create(properties?: warden.cluster.HelloAccepted.$Properties): warden.cluster.HelloAccepted;

            /**
             * Encodes the specified HelloAccepted message. Does not implicitly {@link warden.cluster.HelloAccepted.verify|verify} messages.
             * @param message HelloAccepted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.HelloAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HelloAccepted message, length delimited. Does not implicitly {@link warden.cluster.HelloAccepted.verify|verify} messages.
             * @param message HelloAccepted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.HelloAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloAccepted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.HelloAccepted & warden.cluster.HelloAccepted.$Shape} HelloAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.HelloAccepted & warden.cluster.HelloAccepted.$Shape;

            /**
             * Decodes a HelloAccepted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.HelloAccepted & warden.cluster.HelloAccepted.$Shape} HelloAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.HelloAccepted & warden.cluster.HelloAccepted.$Shape;

            /**
             * Verifies a HelloAccepted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HelloAccepted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HelloAccepted
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.HelloAccepted;

            /**
             * Creates a plain object from a HelloAccepted message. Also converts values to other types if specified.
             * @param message HelloAccepted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.HelloAccepted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HelloAccepted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HelloAccepted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloAccepted {

            /** Properties of a HelloAccepted. */
            interface $Properties {

                /** HelloAccepted masterName */
                masterName?: (string|null);

                /** HelloAccepted version */
                version?: (string|null);

                /** HelloAccepted epoch */
                epoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloAccepted. */
            type $Shape = warden.cluster.HelloAccepted.$Properties;
        }

        /**
         * Properties of a NotLeader.
         * @deprecated Use warden.cluster.NotLeader.$Properties instead.
         */
        interface INotLeader extends warden.cluster.NotLeader.$Properties {
        }

        /** Represents a NotLeader. */
        class NotLeader {

            /**
             * Constructs a new NotLeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.NotLeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotLeader reason. */
            reason: string;

            /** NotLeader leaderName. */
            leaderName: string;

            /** NotLeader leaderAddress. */
            leaderAddress: string;

            /** NotLeader epoch. */
            epoch: number;

            /**
             * Creates a new NotLeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotLeader instance
             */
            static create(properties: warden.cluster.NotLeader.$Shape): warden.cluster.NotLeader & warden.cluster.NotLeader.$Shape;
            static create(properties?: warden.cluster.NotLeader.$Properties): warden.cluster.NotLeader;

            /**
             * Encodes the specified NotLeader message. Does not implicitly {@link warden.cluster.NotLeader.verify|verify} messages.
             * @param message NotLeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.NotLeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotLeader message, length delimited. Does not implicitly {@link warden.cluster.NotLeader.verify|verify} messages.
             * @param message NotLeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.NotLeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotLeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.NotLeader & warden.cluster.NotLeader.$Shape} NotLeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.NotLeader & warden.cluster.NotLeader.$Shape;

            /**
             * Decodes a NotLeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.NotLeader & warden.cluster.NotLeader.$Shape} NotLeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.NotLeader & warden.cluster.NotLeader.$Shape;

            /**
             * Verifies a NotLeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotLeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotLeader
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.NotLeader;

            /**
             * Creates a plain object from a NotLeader message. Also converts values to other types if specified.
             * @param message NotLeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.NotLeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotLeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotLeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotLeader {

            /** Properties of a NotLeader. */
            interface $Properties {

                /** NotLeader reason */
                reason?: (string|null);

                /** NotLeader leaderName */
                leaderName?: (string|null);

                /** NotLeader leaderAddress */
                leaderAddress?: (string|null);

                /** NotLeader epoch */
                epoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotLeader. */
            type $Shape = warden.cluster.NotLeader.$Properties;
        }

        /**
         * Properties of an ErrorReply.
         * @deprecated Use warden.cluster.ErrorReply.$Properties instead.
         */
        interface IErrorReply extends warden.cluster.ErrorReply.$Properties {
        }

        /** Represents an ErrorReply. */
        class ErrorReply {

            /**
             * Constructs a new ErrorReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.ErrorReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorReply code. */
            code: string;

            /** ErrorReply message. */
            message: string;

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorReply instance
             */
            static create(properties: warden.cluster.ErrorReply.$Shape): warden.cluster.ErrorReply & warden.cluster.ErrorReply.$Shape;
            static create(properties?: warden.cluster.ErrorReply.$Properties): warden.cluster.ErrorReply;

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link warden.cluster.ErrorReply.verify|verify} messages.
             * @param message ErrorReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.ErrorReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ErrorReply message, length delimited. Does not implicitly {@link warden.cluster.ErrorReply.verify|verify} messages.
             * @param message ErrorReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.ErrorReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.ErrorReply & warden.cluster.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.ErrorReply & warden.cluster.ErrorReply.$Shape;

            /**
             * Decodes an ErrorReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.ErrorReply & warden.cluster.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.ErrorReply & warden.cluster.ErrorReply.$Shape;

            /**
             * Verifies an ErrorReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ErrorReply
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.ErrorReply;

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @param message ErrorReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.ErrorReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ErrorReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ErrorReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorReply {

            /** Properties of an ErrorReply. */
            interface $Properties {

                /** ErrorReply code */
                code?: (string|null);

                /** ErrorReply message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorReply. */
            type $Shape = warden.cluster.ErrorReply.$Properties;
        }

        /**
         * Properties of a KeepAlive.
         * @deprecated Use warden.cluster.KeepAlive.$Properties instead.
         */
        interface IKeepAlive extends warden.cluster.KeepAlive.$Properties {
        }

        /** Represents a KeepAlive. */
        class KeepAlive {

            /**
             * Constructs a new KeepAlive.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.KeepAlive.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeepAlive sentAtMs. */
            sentAtMs: number;

            /** KeepAlive loops. */
            loops: warden.cluster.LoopState.$Properties[];

            /** KeepAlive syncState. */
            syncState: string;

            /** KeepAlive acceptingAgents. */
            acceptingAgents: boolean;

            /**
             * Creates a new KeepAlive instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeepAlive instance
             */
            static create(properties: warden.cluster.KeepAlive.$Shape): warden.cluster.KeepAlive & warden.cluster.KeepAlive.$Shape;
            static create(properties?: warden.cluster.KeepAlive.$Properties): warden.cluster.KeepAlive;

            /**
             * Encodes the specified KeepAlive message. Does not implicitly {@link warden.cluster.KeepAlive.verify|verify} messages.
             * @param message KeepAlive message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.KeepAlive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified KeepAlive message, length delimited. Does not implicitly {@link warden.cluster.KeepAlive.verify|verify} messages.
             * @param message KeepAlive message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.KeepAlive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeepAlive message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.KeepAlive & warden.cluster.KeepAlive.$Shape} KeepAlive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.KeepAlive & warden.cluster.KeepAlive.$Shape;

            /**
             * Decodes a KeepAlive message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.KeepAlive & warden.cluster.KeepAlive.$Shape} KeepAlive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.KeepAlive & warden.cluster.KeepAlive.$Shape;

            /**
             * Verifies a KeepAlive message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KeepAlive message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KeepAlive
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.KeepAlive;

            /**
             * Creates a plain object from a KeepAlive message. Also converts values to other types if specified.
             * @param message KeepAlive
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.KeepAlive, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KeepAlive to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KeepAlive
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeepAlive {

            /** Properties of a KeepAlive. */
            interface $Properties {

                /** KeepAlive sentAtMs */
                sentAtMs?: (number|null);

                /** KeepAlive loops */
                loops?: (warden.cluster.LoopState.$Properties[]|null);

                /** KeepAlive syncState */
                syncState?: (string|null);

                /** KeepAlive acceptingAgents */
                acceptingAgents?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeepAlive. */
            type $Shape = warden.cluster.KeepAlive.$Properties;
        }

        /**
         * Properties of a LoopState.
         * @deprecated Use warden.cluster.LoopState.$Properties instead.
         */
        interface ILoopState extends warden.cluster.LoopState.$Properties {
        }

        /** Represents a LoopState. */
        class LoopState {

            /**
             * Constructs a new LoopState.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.LoopState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoopState name. */
            name: string;

            /** LoopState status. */
            status: string;

            /** LoopState restarts. */
            restarts: number;

            /** LoopState failing. */
            failing: boolean;

            /** LoopState lastError. */
            lastError: string;

            /** LoopState lastErrorAtMs. */
            lastErrorAtMs: number;

            /**
             * Creates a new LoopState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoopState instance
             */
            static create(properties: warden.cluster.LoopState.$Shape): warden.cluster.LoopState & warden.cluster.LoopState.$Shape;
            static create(properties?: warden.cluster.LoopState.$Properties): warden.cluster.LoopState;

            /**
             * Encodes the specified LoopState message. Does not implicitly {@link warden.cluster.LoopState.verify|verify} messages.
             * @param message LoopState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.LoopState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoopState message, length delimited. Does not implicitly {@link warden.cluster.LoopState.verify|verify} messages.
             * @param message LoopState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.LoopState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoopState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.LoopState & warden.cluster.LoopState.$Shape} LoopState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.LoopState & warden.cluster.LoopState.$Shape;

            /**
             * Decodes a LoopState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.LoopState & warden.cluster.LoopState.$Shape} LoopState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.LoopState & warden.cluster.LoopState.$Shape;

            /**
             * Verifies a LoopState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoopState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoopState
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.LoopState;

            /**
             * Creates a plain object from a LoopState message. Also converts values to other types if specified.
             * @param message LoopState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.LoopState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoopState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LoopState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoopState {

            /** Properties of a LoopState. */
            interface $Properties {

                /** LoopState name */
                name?: (string|null);

                /** LoopState status */
                status?: (string|null);

                /** LoopState restarts */
                restarts?: (number|null);

                /** LoopState failing */
                failing?: (boolean|null);

                /** LoopState lastError */
                lastError?: (string|null);

                /** LoopState lastErrorAtMs */
                lastErrorAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoopState. */
            type $Shape = warden.cluster.LoopState.$Properties;
        }

        /**
         * Properties of a KeepAliveAck.
         * @deprecated Use warden.cluster.KeepAliveAck.$Properties instead.
         */
        interface IKeepAliveAck extends warden.cluster.KeepAliveAck.$Properties {
        }

        /** Represents a KeepAliveAck. */
        class KeepAliveAck {

            /**
             * Constructs a new KeepAliveAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.KeepAliveAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeepAliveAck receivedAtMs. */
            receivedAtMs: number;

            /**
             * Creates a new KeepAliveAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeepAliveAck instance
             */
            static create(properties: warden.cluster.KeepAliveAck.$Shape): warden.cluster.KeepAliveAck & warden.cluster.KeepAliveAck.$Shape;
            static create(properties?: warden.cluster.KeepAliveAck.$Properties): warden.cluster.KeepAliveAck;

            /**
             * Encodes the specified KeepAliveAck message. Does not implicitly {@link warden.cluster.KeepAliveAck.verify|verify} messages.
             * @param message KeepAliveAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.KeepAliveAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified KeepAliveAck message, length delimited. Does not implicitly {@link warden.cluster.KeepAliveAck.verify|verify} messages.
             * @param message KeepAliveAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.KeepAliveAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeepAliveAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.KeepAliveAck & warden.cluster.KeepAliveAck.$Shape} KeepAliveAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.KeepAliveAck & warden.cluster.KeepAliveAck.$Shape;

            /**
             * Decodes a KeepAliveAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.KeepAliveAck & warden.cluster.KeepAliveAck.$Shape} KeepAliveAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.KeepAliveAck & warden.cluster.KeepAliveAck.$Shape;

            /**
             * Verifies a KeepAliveAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KeepAliveAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KeepAliveAck
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.KeepAliveAck;

            /**
             * Creates a plain object from a KeepAliveAck message. Also converts values to other types if specified.
             * @param message KeepAliveAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.KeepAliveAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KeepAliveAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KeepAliveAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeepAliveAck {

            /** Properties of a KeepAliveAck. */
            interface $Properties {

                /** KeepAliveAck receivedAtMs */
                receivedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeepAliveAck. */
            type $Shape = warden.cluster.KeepAliveAck.$Properties;
        }

        /**
         * Properties of a ControlRequest.
         * @deprecated Use warden.cluster.ControlRequest.$Properties instead.
         */
        interface IControlRequest extends warden.cluster.ControlRequest.$Properties {
        }

        /** Represents a ControlRequest. */
        class ControlRequest {

            /**
             * Constructs a new ControlRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.ControlRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControlRequest command. */
            command: string;

            /** ControlRequest argsJson. */
            argsJson: string;

            /**
             * Creates a new ControlRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControlRequest instance
             */
            static create(properties: warden.cluster.ControlRequest.$Shape): warden.cluster.ControlRequest & warden.cluster.ControlRequest.$Shape;
            static create(properties?: warden.cluster.ControlRequest.$Properties): warden.cluster.ControlRequest;

            /**
             * Encodes the specified ControlRequest message. Does not implicitly {@link warden.cluster.ControlRequest.verify|verify} messages.
             * @param message ControlRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.ControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ControlRequest message, length delimited. Does not implicitly {@link warden.cluster.ControlRequest.verify|verify} messages.
             * @param message ControlRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.ControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControlRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.ControlRequest & warden.cluster.ControlRequest.$Shape} ControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.ControlRequest & warden.cluster.ControlRequest.$Shape;

            /**
             * Decodes a ControlRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.ControlRequest & warden.cluster.ControlRequest.$Shape} ControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.ControlRequest & warden.cluster.ControlRequest.$Shape;

            /**
             * Verifies a ControlRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ControlRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ControlRequest
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.ControlRequest;

            /**
             * Creates a plain object from a ControlRequest message. Also converts values to other types if specified.
             * @param message ControlRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.ControlRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ControlRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ControlRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlRequest {

            /** Properties of a ControlRequest. */
            interface $Properties {

                /** ControlRequest command */
                command?: (string|null);

                /** ControlRequest argsJson */
                argsJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControlRequest. */
            type $Shape = warden.cluster.ControlRequest.$Properties;
        }

        /**
         * Properties of a ControlResponse.
         * @deprecated Use warden.cluster.ControlResponse.$Properties instead.
         */
        interface IControlResponse extends warden.cluster.ControlResponse.$Properties {
        }

        /** Represents a ControlResponse. */
        class ControlResponse {

            /**
             * Constructs a new ControlResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.ControlResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControlResponse resultJson. */
            resultJson: string;

            /**
             * Creates a new ControlResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControlResponse instance
             */
            static create(properties: warden.cluster.ControlResponse.$Shape): warden.cluster.ControlResponse & warden.cluster.ControlResponse.$Shape;
            static create(properties?: warden.cluster.ControlResponse.$Properties): warden.cluster.ControlResponse;

            /**
             * Encodes the specified ControlResponse message. Does not implicitly {@link warden.cluster.ControlResponse.verify|verify} messages.
             * @param message ControlResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.ControlResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ControlResponse message, length delimited. Does not implicitly {@link warden.cluster.ControlResponse.verify|verify} messages.
             * @param message ControlResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.ControlResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControlResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.ControlResponse & warden.cluster.ControlResponse.$Shape} ControlResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.ControlResponse & warden.cluster.ControlResponse.$Shape;

            /**
             * Decodes a ControlResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.ControlResponse & warden.cluster.ControlResponse.$Shape} ControlResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.ControlResponse & warden.cluster.ControlResponse.$Shape;

            /**
             * Verifies a ControlResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ControlResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ControlResponse
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.ControlResponse;

            /**
             * Creates a plain object from a ControlResponse message. Also converts values to other types if specified.
             * @param message ControlResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.ControlResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ControlResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ControlResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlResponse {

            /** Properties of a ControlResponse. */
            interface $Properties {

                /** ControlResponse resultJson */
                resultJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControlResponse. */
            type $Shape = warden.cluster.ControlResponse.$Properties;
        }

        /**
         * Properties of a NodeControlRequest.
         * @deprecated Use warden.cluster.NodeControlRequest.$Properties instead.
         */
        interface INodeControlRequest extends warden.cluster.NodeControlRequest.$Properties {
        }

        /** Represents a NodeControlRequest. */
        class NodeControlRequest {

            /**
             * Constructs a new NodeControlRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.NodeControlRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeControlRequest node. */
            node: string;

            /** NodeControlRequest command. */
            command: string;

            /** NodeControlRequest argsJson. */
            argsJson: string;

            /** NodeControlRequest deadlineMs. */
            deadlineMs: number;

            /**
             * Creates a new NodeControlRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeControlRequest instance
             */
            static create(properties: warden.cluster.NodeControlRequest.$Shape): warden.cluster.NodeControlRequest & warden.cluster.NodeControlRequest.$Shape;
            static create(properties?: warden.cluster.NodeControlRequest.$Properties): warden.cluster.NodeControlRequest;

            /**
             * Encodes the specified NodeControlRequest message. Does not implicitly {@link warden.cluster.NodeControlRequest.verify|verify} messages.
             * @param message NodeControlRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.NodeControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeControlRequest message, length delimited. Does not implicitly {@link warden.cluster.NodeControlRequest.verify|verify} messages.
             * @param message NodeControlRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.NodeControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeControlRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.NodeControlRequest & warden.cluster.NodeControlRequest.$Shape} NodeControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.NodeControlRequest & warden.cluster.NodeControlRequest.$Shape;

            /**
             * Decodes a NodeControlRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.NodeControlRequest & warden.cluster.NodeControlRequest.$Shape} NodeControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.NodeControlRequest & warden.cluster.NodeControlRequest.$Shape;

            /**
             * Verifies a NodeControlRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeControlRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeControlRequest
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.NodeControlRequest;

            /**
             * Creates a plain object from a NodeControlRequest message. Also converts values to other types if specified.
             * @param message NodeControlRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.NodeControlRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeControlRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeControlRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeControlRequest {

            /** Properties of a NodeControlRequest. */
            interface $Properties {

                /** NodeControlRequest node */
                node?: (string|null);

                /** NodeControlRequest command */
                command?: (string|null);

                /** NodeControlRequest argsJson */
                argsJson?: (string|null);

                /** NodeControlRequest deadlineMs */
                deadlineMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeControlRequest. */
            type $Shape = warden.cluster.NodeControlRequest.$Properties;
        }

        /**
         * Properties of a StreamOpen.
         * @deprecated Use warden.cluster.StreamOpen.$Properties instead.
         */
        interface IStreamOpen extends warden.cluster.StreamOpen.$Properties {
        }

        /** Represents a StreamOpen. */
        class StreamOpen {

            /**
             * Constructs a new StreamOpen.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.StreamOpen.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamOpen streamId. */
            streamId: number;

            /** StreamOpen kind. */
            kind: string;

            /** StreamOpen name. */
            name: string;

            /** StreamOpen size. */
            size: number;

            /** StreamOpen metaJson. */
            metaJson: string;

            /**
             * Creates a new StreamOpen instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamOpen instance
             */
            static create(properties: warden.cluster.StreamOpen.$Shape): warden.cluster.StreamOpen & warden.cluster.StreamOpen.$Shape;
            static create(properties?: warden.cluster.StreamOpen.$Properties): warden.cluster.StreamOpen;

            /**
             * Encodes the specified StreamOpen message. Does not implicitly {@link warden.cluster.StreamOpen.verify|verify} messages.
             * @param message StreamOpen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.StreamOpen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamOpen message, length delimited. Does not implicitly {@link warden.cluster.StreamOpen.verify|verify} messages.
             * @param message StreamOpen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.StreamOpen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamOpen message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.StreamOpen & warden.cluster.StreamOpen.$Shape} StreamOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.StreamOpen & warden.cluster.StreamOpen.$Shape;

            /**
             * Decodes a StreamOpen message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.StreamOpen & warden.cluster.StreamOpen.$Shape} StreamOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.StreamOpen & warden.cluster.StreamOpen.$Shape;

            /**
             * Verifies a StreamOpen message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamOpen message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamOpen
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.StreamOpen;

            /**
             * Creates a plain object from a StreamOpen message. Also converts values to other types if specified.
             * @param message StreamOpen
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.StreamOpen, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamOpen to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamOpen
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamOpen {

            /** Properties of a StreamOpen. */
            interface $Properties {

                /** StreamOpen streamId */
                streamId?: (number|null);

                /** StreamOpen kind */
                kind?: (string|null);

                /** StreamOpen name */
                name?: (string|null);

                /** StreamOpen size */
                size?: (number|null);

                /** StreamOpen metaJson */
                metaJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamOpen. */
            type $Shape = warden.cluster.StreamOpen.$Properties;
        }

        /**
         * Properties of a StreamChunk.
         * @deprecated Use warden.cluster.StreamChunk.$Properties instead.
         */
        interface IStreamChunk extends warden.cluster.StreamChunk.$Properties {
        }

        /** Represents a StreamChunk. */
        class StreamChunk {

            /**
             * Constructs a new StreamChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.StreamChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamChunk streamId. */
            streamId: number;

            /** StreamChunk data. */
            data: Uint8Array;

            /**
             * Creates a new StreamChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamChunk instance
             */
            static create(properties: warden.cluster.StreamChunk.$Shape): warden.cluster.StreamChunk & warden.cluster.StreamChunk.$Shape;
            static create(properties?: warden.cluster.StreamChunk.$Properties): warden.cluster.StreamChunk;

            /**
             * Encodes the specified StreamChunk message. Does not implicitly {@link warden.cluster.StreamChunk.verify|verify} messages.
             * @param message StreamChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.StreamChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamChunk message, length delimited. Does not implicitly {@link warden.cluster.StreamChunk.verify|verify} messages.
             * @param message StreamChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.StreamChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.StreamChunk & warden.cluster.StreamChunk.$Shape} StreamChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.StreamChunk & warden.cluster.StreamChunk.$Shape;

            /**
             * Decodes a StreamChunk message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.StreamChunk & warden.cluster.StreamChunk.$Shape} StreamChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.StreamChunk & warden.cluster.StreamChunk.$Shape;

            /**
             * Verifies a StreamChunk message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamChunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamChunk
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.StreamChunk;

            /**
             * Creates a plain object from a StreamChunk message. Also converts values to other types if specified.
             * @param message StreamChunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.StreamChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamChunk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamChunk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamChunk {

            /** Properties of a StreamChunk. */
            interface $Properties {

                /** StreamChunk streamId */
                streamId?: (number|null);

                /** StreamChunk data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamChunk. */
            type $Shape = warden.cluster.StreamChunk.$Properties;
        }

        /**
         * Properties of a StreamCredit.
         * @deprecated Use warden.cluster.StreamCredit.$Properties instead.
         */
        interface IStreamCredit extends warden.cluster.StreamCredit.$Properties {
        }

        /** Represents a StreamCredit. */
        class StreamCredit {

            /**
             * Constructs a new StreamCredit.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.StreamCredit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamCredit streamId. */
            streamId: number;

            /** StreamCredit bytes. */
            bytes: number;

            /**
             * Creates a new StreamCredit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamCredit instance
             */
            static create(properties: warden.cluster.StreamCredit.$Shape): warden.cluster.StreamCredit & warden.cluster.StreamCredit.$Shape;
            static create(properties?: warden.cluster.StreamCredit.$Properties): warden.cluster.StreamCredit;

            /**
             * Encodes the specified StreamCredit message. Does not implicitly {@link warden.cluster.StreamCredit.verify|verify} messages.
             * @param message StreamCredit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.StreamCredit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamCredit message, length delimited. Does not implicitly {@link warden.cluster.StreamCredit.verify|verify} messages.
             * @param message StreamCredit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.StreamCredit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamCredit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.StreamCredit & warden.cluster.StreamCredit.$Shape} StreamCredit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.StreamCredit & warden.cluster.StreamCredit.$Shape;

            /**
             * Decodes a StreamCredit message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.StreamCredit & warden.cluster.StreamCredit.$Shape} StreamCredit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.StreamCredit & warden.cluster.StreamCredit.$Shape;

            /**
             * Verifies a StreamCredit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamCredit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamCredit
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.StreamCredit;

            /**
             * Creates a plain object from a StreamCredit message. Also converts values to other types if specified.
             * @param message StreamCredit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.StreamCredit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamCredit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamCredit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamCredit {

            /** Properties of a StreamCredit. */
            interface $Properties {

                /** StreamCredit streamId */
                streamId?: (number|null);

                /** StreamCredit bytes */
                bytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamCredit. */
            type $Shape = warden.cluster.StreamCredit.$Properties;
        }

        /**
         * Properties of a StreamEnd.
         * @deprecated Use warden.cluster.StreamEnd.$Properties instead.
         */
        interface IStreamEnd extends warden.cluster.StreamEnd.$Properties {
        }

        /** Represents a StreamEnd. */
        class StreamEnd {

            /**
             * Constructs a new StreamEnd.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.StreamEnd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamEnd streamId. */
            streamId: number;

            /**
             * Creates a new StreamEnd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamEnd instance
             */
            static create(properties: warden.cluster.StreamEnd.$Shape): warden.cluster.StreamEnd & warden.cluster.StreamEnd.$Shape;
            static create(properties?: warden.cluster.StreamEnd.$Properties): warden.cluster.StreamEnd;

            /**
             * Encodes the specified StreamEnd message. Does not implicitly {@link warden.cluster.StreamEnd.verify|verify} messages.
             * @param message StreamEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.StreamEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamEnd message, length delimited. Does not implicitly {@link warden.cluster.StreamEnd.verify|verify} messages.
             * @param message StreamEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.StreamEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamEnd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.StreamEnd & warden.cluster.StreamEnd.$Shape} StreamEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.StreamEnd & warden.cluster.StreamEnd.$Shape;

            /**
             * Decodes a StreamEnd message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.StreamEnd & warden.cluster.StreamEnd.$Shape} StreamEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.StreamEnd & warden.cluster.StreamEnd.$Shape;

            /**
             * Verifies a StreamEnd message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamEnd message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamEnd
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.StreamEnd;

            /**
             * Creates a plain object from a StreamEnd message. Also converts values to other types if specified.
             * @param message StreamEnd
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.StreamEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamEnd to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamEnd
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamEnd {

            /** Properties of a StreamEnd. */
            interface $Properties {

                /** StreamEnd streamId */
                streamId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamEnd. */
            type $Shape = warden.cluster.StreamEnd.$Properties;
        }

        /**
         * Properties of a StreamAbort.
         * @deprecated Use warden.cluster.StreamAbort.$Properties instead.
         */
        interface IStreamAbort extends warden.cluster.StreamAbort.$Properties {
        }

        /** Represents a StreamAbort. */
        class StreamAbort {

            /**
             * Constructs a new StreamAbort.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.StreamAbort.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamAbort streamId. */
            streamId: number;

            /** StreamAbort reason. */
            reason: string;

            /**
             * Creates a new StreamAbort instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamAbort instance
             */
            static create(properties: warden.cluster.StreamAbort.$Shape): warden.cluster.StreamAbort & warden.cluster.StreamAbort.$Shape;
            static create(properties?: warden.cluster.StreamAbort.$Properties): warden.cluster.StreamAbort;

            /**
             * Encodes the specified StreamAbort message. Does not implicitly {@link warden.cluster.StreamAbort.verify|verify} messages.
             * @param message StreamAbort message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.StreamAbort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StreamAbort message, length delimited. Does not implicitly {@link warden.cluster.StreamAbort.verify|verify} messages.
             * @param message StreamAbort message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.StreamAbort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamAbort message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.StreamAbort & warden.cluster.StreamAbort.$Shape} StreamAbort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.StreamAbort & warden.cluster.StreamAbort.$Shape;

            /**
             * Decodes a StreamAbort message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.StreamAbort & warden.cluster.StreamAbort.$Shape} StreamAbort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.StreamAbort & warden.cluster.StreamAbort.$Shape;

            /**
             * Verifies a StreamAbort message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamAbort message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamAbort
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.StreamAbort;

            /**
             * Creates a plain object from a StreamAbort message. Also converts values to other types if specified.
             * @param message StreamAbort
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.StreamAbort, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamAbort to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamAbort
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamAbort {

            /** Properties of a StreamAbort. */
            interface $Properties {

                /** StreamAbort streamId */
                streamId?: (number|null);

                /** StreamAbort reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamAbort. */
            type $Shape = warden.cluster.StreamAbort.$Properties;
        }

        /**
         * Properties of a Ping.
         * @deprecated Use warden.cluster.Ping.$Properties instead.
         */
        interface IPing extends warden.cluster.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ping payload. */
            payload: Uint8Array;

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            static create(properties: warden.cluster.Ping.$Shape): warden.cluster.Ping & warden.cluster.Ping.$Shape;
            static create(properties?: warden.cluster.Ping.$Properties): warden.cluster.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link warden.cluster.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link warden.cluster.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.Ping & warden.cluster.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.Ping & warden.cluster.Ping.$Shape;

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.Ping & warden.cluster.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.Ping & warden.cluster.Ping.$Shape;

            /**
             * Verifies a Ping message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ping
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.Ping;

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @param message Ping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ping
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Ping payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = warden.cluster.Ping.$Properties;
        }

        /**
         * Properties of a Pong.
         * @deprecated Use warden.cluster.Pong.$Properties instead.
         */
        interface IPong extends warden.cluster.Pong.$Properties {
        }

        /** Represents a Pong. */
        class Pong {

            /**
             * Constructs a new Pong.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.Pong.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Pong payload. */
            payload: Uint8Array;

            /**
             * Creates a new Pong instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Pong instance
             */
            static create(properties: warden.cluster.Pong.$Shape): warden.cluster.Pong & warden.cluster.Pong.$Shape;
            static create(properties?: warden.cluster.Pong.$Properties): warden.cluster.Pong;

            /**
             * Encodes the specified Pong message. Does not implicitly {@link warden.cluster.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Pong message, length delimited. Does not implicitly {@link warden.cluster.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.Pong & warden.cluster.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.Pong & warden.cluster.Pong.$Shape;

            /**
             * Decodes a Pong message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.Pong & warden.cluster.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.Pong & warden.cluster.Pong.$Shape;

            /**
             * Verifies a Pong message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Pong
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.Pong;

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @param message Pong
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Pong to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Pong
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Pong {

            /** Properties of a Pong. */
            interface $Properties {

                /** Pong payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Pong. */
            type $Shape = warden.cluster.Pong.$Properties;
        }

        /**
         * Properties of a SessionSetup.
         * @deprecated Use warden.cluster.SessionSetup.$Properties instead.
         */
        interface ISessionSetup extends warden.cluster.SessionSetup.$Properties {
        }

        /** Represents a SessionSetup. */
        class SessionSetup {

            /**
             * Constructs a new SessionSetup.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.SessionSetup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionSetup init. */
            init?: (warden.cluster.SessionInit.$Properties|null);

            /** SessionSetup accept. */
            accept?: (warden.cluster.SessionAccept.$Properties|null);

            /** SessionSetup reject. */
            reject?: (warden.cluster.SessionReject.$Properties|null);

            /** SessionSetup confirm. */
            confirm?: (warden.cluster.SessionConfirm.$Properties|null);

            /** SessionSetup challenge. */
            challenge?: (warden.cluster.SessionChallenge.$Properties|null);

            /** SessionSetup offer. */
            offer?: (warden.cluster.SessionOffer.$Properties|null);

            /** SessionSetup step. */
            step?: ("init"|"accept"|"reject"|"confirm"|"challenge"|"offer");

            /**
             * Creates a new SessionSetup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionSetup instance
             */
            static create(properties: warden.cluster.SessionSetup.$Shape): warden.cluster.SessionSetup & warden.cluster.SessionSetup.$Shape;
            static create(properties?: warden.cluster.SessionSetup.$Properties): warden.cluster.SessionSetup;

            /**
             * Encodes the specified SessionSetup message. Does not implicitly {@link warden.cluster.SessionSetup.verify|verify} messages.
             * @param message SessionSetup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.SessionSetup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SessionSetup message, length delimited. Does not implicitly {@link warden.cluster.SessionSetup.verify|verify} messages.
             * @param message SessionSetup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.SessionSetup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionSetup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.SessionSetup & warden.cluster.SessionSetup.$Shape} SessionSetup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.SessionSetup & warden.cluster.SessionSetup.$Shape;

            /**
             * Decodes a SessionSetup message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionSetup & warden.cluster.SessionSetup.$Shape} SessionSetup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.SessionSetup & warden.cluster.SessionSetup.$Shape;

            /**
             * Verifies a SessionSetup message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionSetup message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionSetup
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.SessionSetup;

            /**
             * Creates a plain object from a SessionSetup message. Also converts values to other types if specified.
             * @param message SessionSetup
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.SessionSetup, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionSetup to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionSetup
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionSetup {

            /** Properties of a SessionSetup. */
            interface $Properties {

                /** SessionSetup init */
                init?: (warden.cluster.SessionInit.$Properties|null);

                /** SessionSetup accept */
                accept?: (warden.cluster.SessionAccept.$Properties|null);

                /** SessionSetup reject */
                reject?: (warden.cluster.SessionReject.$Properties|null);

                /** SessionSetup confirm */
                confirm?: (warden.cluster.SessionConfirm.$Properties|null);

                /** SessionSetup challenge */
                challenge?: (warden.cluster.SessionChallenge.$Properties|null);

                /** SessionSetup offer */
                offer?: (warden.cluster.SessionOffer.$Properties|null);

                /** SessionSetup step */
                step?: ("init"|"accept"|"reject"|"confirm"|"challenge"|"offer");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SessionSetup. */
            type $Shape = {
              init?: warden.cluster.SessionInit.$Shape|null;
              accept?: warden.cluster.SessionAccept.$Shape|null;
              reject?: warden.cluster.SessionReject.$Shape|null;
              confirm?: warden.cluster.SessionConfirm.$Shape|null;
              challenge?: warden.cluster.SessionChallenge.$Shape|null;
              offer?: warden.cluster.SessionOffer.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ step?: undefined; init?: null; accept?: null; reject?: null; confirm?: null; challenge?: null; offer?: null }|{ step?: "init"; init: warden.cluster.SessionInit.$Shape; accept?: null; reject?: null; confirm?: null; challenge?: null; offer?: null }|{ step?: "accept"; init?: null; accept: warden.cluster.SessionAccept.$Shape; reject?: null; confirm?: null; challenge?: null; offer?: null }|{ step?: "reject"; init?: null; accept?: null; reject: warden.cluster.SessionReject.$Shape; confirm?: null; challenge?: null; offer?: null }|{ step?: "confirm"; init?: null; accept?: null; reject?: null; confirm: warden.cluster.SessionConfirm.$Shape; challenge?: null; offer?: null }|{ step?: "challenge"; init?: null; accept?: null; reject?: null; confirm?: null; challenge: warden.cluster.SessionChallenge.$Shape; offer?: null }|{ step?: "offer"; init?: null; accept?: null; reject?: null; confirm?: null; challenge?: null; offer: warden.cluster.SessionOffer.$Shape })
            );
        }

        /**
         * Properties of a SessionConfirm.
         * @deprecated Use warden.cluster.SessionConfirm.$Properties instead.
         */
        interface ISessionConfirm extends warden.cluster.SessionConfirm.$Properties {
        }

        /** Represents a SessionConfirm. */
        class SessionConfirm {

            /**
             * Constructs a new SessionConfirm.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.SessionConfirm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionConfirm proof. */
            proof: Uint8Array;

            /**
             * Creates a new SessionConfirm instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionConfirm instance
             */
            static create(properties: warden.cluster.SessionConfirm.$Shape): warden.cluster.SessionConfirm & warden.cluster.SessionConfirm.$Shape;
            static create(properties?: warden.cluster.SessionConfirm.$Properties): warden.cluster.SessionConfirm;

            /**
             * Encodes the specified SessionConfirm message. Does not implicitly {@link warden.cluster.SessionConfirm.verify|verify} messages.
             * @param message SessionConfirm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.SessionConfirm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SessionConfirm message, length delimited. Does not implicitly {@link warden.cluster.SessionConfirm.verify|verify} messages.
             * @param message SessionConfirm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.SessionConfirm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionConfirm message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.SessionConfirm & warden.cluster.SessionConfirm.$Shape} SessionConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.SessionConfirm & warden.cluster.SessionConfirm.$Shape;

            /**
             * Decodes a SessionConfirm message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.SessionConfirm & warden.cluster.SessionConfirm.$Shape} SessionConfirm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.SessionConfirm & warden.cluster.SessionConfirm.$Shape;

            /**
             * Verifies a SessionConfirm message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionConfirm message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionConfirm
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.SessionConfirm;

            /**
             * Creates a plain object from a SessionConfirm message. Also converts values to other types if specified.
             * @param message SessionConfirm
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.SessionConfirm, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionConfirm to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionConfirm
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionConfirm {

            /** Properties of a SessionConfirm. */
            interface $Properties {

                /** SessionConfirm proof */
                proof?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionConfirm. */
            type $Shape = warden.cluster.SessionConfirm.$Properties;
        }

        /**
         * Properties of an AgentInfo.
         * @deprecated Use warden.cluster.AgentInfo.$Properties instead.
         */
        interface IAgentInfo extends warden.cluster.AgentInfo.$Properties {
        }

        /** Represents an AgentInfo. */
        class AgentInfo {

            /**
             * Constructs a new AgentInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.AgentInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentInfo id. */
            id: number;

            /** AgentInfo status. */
            status: string;

            /** AgentInfo osName. */
            osName: string;

            /** AgentInfo osVersion. */
            osVersion: string;

            /** AgentInfo osPlatform. */
            osPlatform: string;

            /** AgentInfo osArch. */
            osArch: string;

            /** AgentInfo osUname. */
            osUname: string;

            /** AgentInfo version. */
            version: string;

            /** AgentInfo labels. */
            labels: { [k: string]: string };

            /** AgentInfo configSum. */
            configSum: string;

            /** AgentInfo mergedSum. */
            mergedSum: string;

            /** AgentInfo lastKeepAlive. */
            lastKeepAlive: number;

            /** AgentInfo disconnectionTime. */
            disconnectionTime: number;

            /**
             * Creates a new AgentInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentInfo instance
             */
            static create(properties: warden.cluster.AgentInfo.$Shape): warden.cluster.AgentInfo & warden.cluster.AgentInfo.$Shape;
            static create(properties?: warden.cluster.AgentInfo.$Properties): warden.cluster.AgentInfo;

            /**
             * Encodes the specified AgentInfo message. Does not implicitly {@link warden.cluster.AgentInfo.verify|verify} messages.
             * @param message AgentInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.AgentInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentInfo message, length delimited. Does not implicitly {@link warden.cluster.AgentInfo.verify|verify} messages.
             * @param message AgentInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.AgentInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.AgentInfo & warden.cluster.AgentInfo.$Shape} AgentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.AgentInfo & warden.cluster.AgentInfo.$Shape;

            /**
             * Decodes an AgentInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.AgentInfo & warden.cluster.AgentInfo.$Shape} AgentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.AgentInfo & warden.cluster.AgentInfo.$Shape;

            /**
             * Verifies an AgentInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentInfo
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.AgentInfo;

            /**
             * Creates a plain object from an AgentInfo message. Also converts values to other types if specified.
             * @param message AgentInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.AgentInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentInfo {

            /** Properties of an AgentInfo. */
            interface $Properties {

                /** AgentInfo id */
                id?: (number|null);

                /** AgentInfo status */
                status?: (string|null);

                /** AgentInfo osName */
                osName?: (string|null);

                /** AgentInfo osVersion */
                osVersion?: (string|null);

                /** AgentInfo osPlatform */
                osPlatform?: (string|null);

                /** AgentInfo osArch */
                osArch?: (string|null);

                /** AgentInfo osUname */
                osUname?: (string|null);

                /** AgentInfo version */
                version?: (string|null);

                /** AgentInfo labels */
                labels?: ({ [k: string]: string }|null);

                /** AgentInfo configSum */
                configSum?: (string|null);

                /** AgentInfo mergedSum */
                mergedSum?: (string|null);

                /** AgentInfo lastKeepAlive */
                lastKeepAlive?: (number|null);

                /** AgentInfo disconnectionTime */
                disconnectionTime?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentInfo. */
            type $Shape = warden.cluster.AgentInfo.$Properties;
        }

        /**
         * Properties of an AgentInfoBatch.
         * @deprecated Use warden.cluster.AgentInfoBatch.$Properties instead.
         */
        interface IAgentInfoBatch extends warden.cluster.AgentInfoBatch.$Properties {
        }

        /** Represents an AgentInfoBatch. */
        class AgentInfoBatch {

            /**
             * Constructs a new AgentInfoBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.AgentInfoBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentInfoBatch agents. */
            agents: warden.cluster.AgentInfo.$Properties[];

            /**
             * Creates a new AgentInfoBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentInfoBatch instance
             */
            static create(properties: warden.cluster.AgentInfoBatch.$Shape): warden.cluster.AgentInfoBatch & warden.cluster.AgentInfoBatch.$Shape;
            static create(properties?: warden.cluster.AgentInfoBatch.$Properties): warden.cluster.AgentInfoBatch;

            /**
             * Encodes the specified AgentInfoBatch message. Does not implicitly {@link warden.cluster.AgentInfoBatch.verify|verify} messages.
             * @param message AgentInfoBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.AgentInfoBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentInfoBatch message, length delimited. Does not implicitly {@link warden.cluster.AgentInfoBatch.verify|verify} messages.
             * @param message AgentInfoBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.AgentInfoBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentInfoBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.AgentInfoBatch & warden.cluster.AgentInfoBatch.$Shape} AgentInfoBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.AgentInfoBatch & warden.cluster.AgentInfoBatch.$Shape;

            /**
             * Decodes an AgentInfoBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.AgentInfoBatch & warden.cluster.AgentInfoBatch.$Shape} AgentInfoBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.AgentInfoBatch & warden.cluster.AgentInfoBatch.$Shape;

            /**
             * Verifies an AgentInfoBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentInfoBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentInfoBatch
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.AgentInfoBatch;

            /**
             * Creates a plain object from an AgentInfoBatch message. Also converts values to other types if specified.
             * @param message AgentInfoBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.AgentInfoBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentInfoBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentInfoBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentInfoBatch {

            /** Properties of an AgentInfoBatch. */
            interface $Properties {

                /** AgentInfoBatch agents */
                agents?: (warden.cluster.AgentInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentInfoBatch. */
            type $Shape = warden.cluster.AgentInfoBatch.$Properties;
        }

        /**
         * Properties of an AgentInfoAck.
         * @deprecated Use warden.cluster.AgentInfoAck.$Properties instead.
         */
        interface IAgentInfoAck extends warden.cluster.AgentInfoAck.$Properties {
        }

        /** Represents an AgentInfoAck. */
        class AgentInfoAck {

            /**
             * Constructs a new AgentInfoAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.AgentInfoAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentInfoAck applied. */
            applied: number;

            /** AgentInfoAck dropped. */
            dropped: number[];

            /**
             * Creates a new AgentInfoAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentInfoAck instance
             */
            static create(properties: warden.cluster.AgentInfoAck.$Shape): warden.cluster.AgentInfoAck & warden.cluster.AgentInfoAck.$Shape;
            static create(properties?: warden.cluster.AgentInfoAck.$Properties): warden.cluster.AgentInfoAck;

            /**
             * Encodes the specified AgentInfoAck message. Does not implicitly {@link warden.cluster.AgentInfoAck.verify|verify} messages.
             * @param message AgentInfoAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.AgentInfoAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentInfoAck message, length delimited. Does not implicitly {@link warden.cluster.AgentInfoAck.verify|verify} messages.
             * @param message AgentInfoAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.AgentInfoAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentInfoAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.AgentInfoAck & warden.cluster.AgentInfoAck.$Shape} AgentInfoAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.AgentInfoAck & warden.cluster.AgentInfoAck.$Shape;

            /**
             * Decodes an AgentInfoAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.AgentInfoAck & warden.cluster.AgentInfoAck.$Shape} AgentInfoAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.AgentInfoAck & warden.cluster.AgentInfoAck.$Shape;

            /**
             * Verifies an AgentInfoAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentInfoAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentInfoAck
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.AgentInfoAck;

            /**
             * Creates a plain object from an AgentInfoAck message. Also converts values to other types if specified.
             * @param message AgentInfoAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.AgentInfoAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentInfoAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentInfoAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentInfoAck {

            /** Properties of an AgentInfoAck. */
            interface $Properties {

                /** AgentInfoAck applied */
                applied?: (number|null);

                /** AgentInfoAck dropped */
                dropped?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentInfoAck. */
            type $Shape = warden.cluster.AgentInfoAck.$Properties;
        }

        /**
         * Properties of a RegistryStateRequest.
         * @deprecated Use warden.cluster.RegistryStateRequest.$Properties instead.
         */
        interface IRegistryStateRequest extends warden.cluster.RegistryStateRequest.$Properties {
        }

        /** Represents a RegistryStateRequest. */
        class RegistryStateRequest {

            /**
             * Constructs a new RegistryStateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.RegistryStateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegistryStateRequest masterSeq. */
            masterSeq: number;

            /** RegistryStateRequest masterDigest. */
            masterDigest: string;

            /**
             * Creates a new RegistryStateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegistryStateRequest instance
             */
            static create(properties: warden.cluster.RegistryStateRequest.$Shape): warden.cluster.RegistryStateRequest & warden.cluster.RegistryStateRequest.$Shape;
            static create(properties?: warden.cluster.RegistryStateRequest.$Properties): warden.cluster.RegistryStateRequest;

            /**
             * Encodes the specified RegistryStateRequest message. Does not implicitly {@link warden.cluster.RegistryStateRequest.verify|verify} messages.
             * @param message RegistryStateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.RegistryStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegistryStateRequest message, length delimited. Does not implicitly {@link warden.cluster.RegistryStateRequest.verify|verify} messages.
             * @param message RegistryStateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.RegistryStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegistryStateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.RegistryStateRequest & warden.cluster.RegistryStateRequest.$Shape} RegistryStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.RegistryStateRequest & warden.cluster.RegistryStateRequest.$Shape;

            /**
             * Decodes a RegistryStateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.RegistryStateRequest & warden.cluster.RegistryStateRequest.$Shape} RegistryStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.RegistryStateRequest & warden.cluster.RegistryStateRequest.$Shape;

            /**
             * Verifies a RegistryStateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegistryStateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegistryStateRequest
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.RegistryStateRequest;

            /**
             * Creates a plain object from a RegistryStateRequest message. Also converts values to other types if specified.
             * @param message RegistryStateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.RegistryStateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegistryStateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegistryStateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistryStateRequest {

            /** Properties of a RegistryStateRequest. */
            interface $Properties {

                /** RegistryStateRequest masterSeq */
                masterSeq?: (number|null);

                /** RegistryStateRequest masterDigest */
                masterDigest?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegistryStateRequest. */
            type $Shape = warden.cluster.RegistryStateRequest.$Properties;
        }

        /**
         * Properties of a RegistryState.
         * @deprecated Use warden.cluster.RegistryState.$Properties instead.
         */
        interface IRegistryState extends warden.cluster.RegistryState.$Properties {
        }

        /** Represents a RegistryState. */
        class RegistryState {

            /**
             * Constructs a new RegistryState.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.RegistryState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegistryState seq. */
            seq: number;

            /** RegistryState digest. */
            digest: string;

            /**
             * Creates a new RegistryState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegistryState instance
             */
            static create(properties: warden.cluster.RegistryState.$Shape): warden.cluster.RegistryState & warden.cluster.RegistryState.$Shape;
            static create(properties?: warden.cluster.RegistryState.$Properties): warden.cluster.RegistryState;

            /**
             * Encodes the specified RegistryState message. Does not implicitly {@link warden.cluster.RegistryState.verify|verify} messages.
             * @param message RegistryState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.RegistryState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegistryState message, length delimited. Does not implicitly {@link warden.cluster.RegistryState.verify|verify} messages.
             * @param message RegistryState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.RegistryState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegistryState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.RegistryState & warden.cluster.RegistryState.$Shape} RegistryState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.RegistryState & warden.cluster.RegistryState.$Shape;

            /**
             * Decodes a RegistryState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.RegistryState & warden.cluster.RegistryState.$Shape} RegistryState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.RegistryState & warden.cluster.RegistryState.$Shape;

            /**
             * Verifies a RegistryState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegistryState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegistryState
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.RegistryState;

            /**
             * Creates a plain object from a RegistryState message. Also converts values to other types if specified.
             * @param message RegistryState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.RegistryState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegistryState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegistryState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistryState {

            /** Properties of a RegistryState. */
            interface $Properties {

                /** RegistryState seq */
                seq?: (number|null);

                /** RegistryState digest */
                digest?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegistryState. */
            type $Shape = warden.cluster.RegistryState.$Properties;
        }

        /**
         * Properties of a RegistryUpdate.
         * @deprecated Use warden.cluster.RegistryUpdate.$Properties instead.
         */
        interface IRegistryUpdate extends warden.cluster.RegistryUpdate.$Properties {
        }

        /** Represents a RegistryUpdate. */
        class RegistryUpdate {

            /**
             * Constructs a new RegistryUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.RegistryUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegistryUpdate full. */
            full: boolean;

            /** RegistryUpdate toSeq. */
            toSeq: number;

            /** RegistryUpdate upserts. */
            upserts: warden.cluster.RegistryAgent.$Properties[];

            /** RegistryUpdate deletes. */
            deletes: number[];

            /** RegistryUpdate last. */
            last: boolean;

            /** RegistryUpdate digest. */
            digest: string;

            /**
             * Creates a new RegistryUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegistryUpdate instance
             */
            static create(properties: warden.cluster.RegistryUpdate.$Shape): warden.cluster.RegistryUpdate & warden.cluster.RegistryUpdate.$Shape;
            static create(properties?: warden.cluster.RegistryUpdate.$Properties): warden.cluster.RegistryUpdate;

            /**
             * Encodes the specified RegistryUpdate message. Does not implicitly {@link warden.cluster.RegistryUpdate.verify|verify} messages.
             * @param message RegistryUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.RegistryUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegistryUpdate message, length delimited. Does not implicitly {@link warden.cluster.RegistryUpdate.verify|verify} messages.
             * @param message RegistryUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.RegistryUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegistryUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.RegistryUpdate & warden.cluster.RegistryUpdate.$Shape} RegistryUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.RegistryUpdate & warden.cluster.RegistryUpdate.$Shape;

            /**
             * Decodes a RegistryUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.RegistryUpdate & warden.cluster.RegistryUpdate.$Shape} RegistryUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.RegistryUpdate & warden.cluster.RegistryUpdate.$Shape;

            /**
             * Verifies a RegistryUpdate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegistryUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegistryUpdate
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.RegistryUpdate;

            /**
             * Creates a plain object from a RegistryUpdate message. Also converts values to other types if specified.
             * @param message RegistryUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.RegistryUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegistryUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegistryUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistryUpdate {

            /** Properties of a RegistryUpdate. */
            interface $Properties {

                /** RegistryUpdate full */
                full?: (boolean|null);

                /** RegistryUpdate toSeq */
                toSeq?: (number|null);

                /** RegistryUpdate upserts */
                upserts?: (warden.cluster.RegistryAgent.$Properties[]|null);

                /** RegistryUpdate deletes */
                deletes?: (number[]|null);

                /** RegistryUpdate last */
                last?: (boolean|null);

                /** RegistryUpdate digest */
                digest?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegistryUpdate. */
            type $Shape = warden.cluster.RegistryUpdate.$Properties;
        }

        /**
         * Properties of a RegistryAgent.
         * @deprecated Use warden.cluster.RegistryAgent.$Properties instead.
         */
        interface IRegistryAgent extends warden.cluster.RegistryAgent.$Properties {
        }

        /** Represents a RegistryAgent. */
        class RegistryAgent {

            /**
             * Constructs a new RegistryAgent.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.RegistryAgent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegistryAgent id. */
            id: number;

            /** RegistryAgent name. */
            name: string;

            /** RegistryAgent ip. */
            ip: string;

            /** RegistryAgent key. */
            key: string;

            /** RegistryAgent groups. */
            groups: string[];

            /**
             * Creates a new RegistryAgent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegistryAgent instance
             */
            static create(properties: warden.cluster.RegistryAgent.$Shape): warden.cluster.RegistryAgent & warden.cluster.RegistryAgent.$Shape;
            static create(properties?: warden.cluster.RegistryAgent.$Properties): warden.cluster.RegistryAgent;

            /**
             * Encodes the specified RegistryAgent message. Does not implicitly {@link warden.cluster.RegistryAgent.verify|verify} messages.
             * @param message RegistryAgent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.RegistryAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegistryAgent message, length delimited. Does not implicitly {@link warden.cluster.RegistryAgent.verify|verify} messages.
             * @param message RegistryAgent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.RegistryAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegistryAgent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.RegistryAgent & warden.cluster.RegistryAgent.$Shape} RegistryAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.RegistryAgent & warden.cluster.RegistryAgent.$Shape;

            /**
             * Decodes a RegistryAgent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.RegistryAgent & warden.cluster.RegistryAgent.$Shape} RegistryAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.RegistryAgent & warden.cluster.RegistryAgent.$Shape;

            /**
             * Verifies a RegistryAgent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegistryAgent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegistryAgent
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.RegistryAgent;

            /**
             * Creates a plain object from a RegistryAgent message. Also converts values to other types if specified.
             * @param message RegistryAgent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.RegistryAgent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegistryAgent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegistryAgent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegistryAgent {

            /** Properties of a RegistryAgent. */
            interface $Properties {

                /** RegistryAgent id */
                id?: (number|null);

                /** RegistryAgent name */
                name?: (string|null);

                /** RegistryAgent ip */
                ip?: (string|null);

                /** RegistryAgent key */
                key?: (string|null);

                /** RegistryAgent groups */
                groups?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegistryAgent. */
            type $Shape = warden.cluster.RegistryAgent.$Properties;
        }

        /**
         * Properties of an IntegrityFile.
         * @deprecated Use warden.cluster.IntegrityFile.$Properties instead.
         */
        interface IIntegrityFile extends warden.cluster.IntegrityFile.$Properties {
        }

        /** Represents an IntegrityFile. */
        class IntegrityFile {

            /**
             * Constructs a new IntegrityFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntegrityFile path. */
            path: string;

            /** IntegrityFile md5. */
            md5: string;

            /** IntegrityFile size. */
            size: number;

            /** IntegrityFile mtimeMs. */
            mtimeMs: number;

            /** IntegrityFile mode. */
            mode: number;

            /**
             * Creates a new IntegrityFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityFile instance
             */
            static create(properties: warden.cluster.IntegrityFile.$Shape): warden.cluster.IntegrityFile & warden.cluster.IntegrityFile.$Shape;
            static create(properties?: warden.cluster.IntegrityFile.$Properties): warden.cluster.IntegrityFile;

            /**
             * Encodes the specified IntegrityFile message. Does not implicitly {@link warden.cluster.IntegrityFile.verify|verify} messages.
             * @param message IntegrityFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityFile message, length delimited. Does not implicitly {@link warden.cluster.IntegrityFile.verify|verify} messages.
             * @param message IntegrityFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityFile & warden.cluster.IntegrityFile.$Shape} IntegrityFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityFile & warden.cluster.IntegrityFile.$Shape;

            /**
             * Decodes an IntegrityFile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityFile & warden.cluster.IntegrityFile.$Shape} IntegrityFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityFile & warden.cluster.IntegrityFile.$Shape;

            /**
             * Verifies an IntegrityFile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityFile
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityFile;

            /**
             * Creates a plain object from an IntegrityFile message. Also converts values to other types if specified.
             * @param message IntegrityFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityFile {

            /** Properties of an IntegrityFile. */
            interface $Properties {

                /** IntegrityFile path */
                path?: (string|null);

                /** IntegrityFile md5 */
                md5?: (string|null);

                /** IntegrityFile size */
                size?: (number|null);

                /** IntegrityFile mtimeMs */
                mtimeMs?: (number|null);

                /** IntegrityFile mode */
                mode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityFile. */
            type $Shape = warden.cluster.IntegrityFile.$Properties;
        }

        /**
         * Properties of an IntegrityCheck.
         * @deprecated Use warden.cluster.IntegrityCheck.$Properties instead.
         */
        interface IIntegrityCheck extends warden.cluster.IntegrityCheck.$Properties {
        }

        /** Represents an IntegrityCheck. */
        class IntegrityCheck {

            /**
             * Constructs a new IntegrityCheck.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityCheck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntegrityCheck digest. */
            digest: string;

            /** IntegrityCheck folders. */
            folders: { [k: string]: string };

            /** IntegrityCheck files. */
            files: number;

            /** IntegrityCheck bytes. */
            bytes: number;

            /** IntegrityCheck syncId. */
            syncId: number;

            /**
             * Creates a new IntegrityCheck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityCheck instance
             */
            static create(properties: warden.cluster.IntegrityCheck.$Shape): warden.cluster.IntegrityCheck & warden.cluster.IntegrityCheck.$Shape;
            static create(properties?: warden.cluster.IntegrityCheck.$Properties): warden.cluster.IntegrityCheck;

            /**
             * Encodes the specified IntegrityCheck message. Does not implicitly {@link warden.cluster.IntegrityCheck.verify|verify} messages.
             * @param message IntegrityCheck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityCheck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityCheck message, length delimited. Does not implicitly {@link warden.cluster.IntegrityCheck.verify|verify} messages.
             * @param message IntegrityCheck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityCheck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityCheck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityCheck & warden.cluster.IntegrityCheck.$Shape} IntegrityCheck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityCheck & warden.cluster.IntegrityCheck.$Shape;

            /**
             * Decodes an IntegrityCheck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityCheck & warden.cluster.IntegrityCheck.$Shape} IntegrityCheck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityCheck & warden.cluster.IntegrityCheck.$Shape;

            /**
             * Verifies an IntegrityCheck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityCheck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityCheck
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityCheck;

            /**
             * Creates a plain object from an IntegrityCheck message. Also converts values to other types if specified.
             * @param message IntegrityCheck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityCheck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityCheck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityCheck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityCheck {

            /** Properties of an IntegrityCheck. */
            interface $Properties {

                /** IntegrityCheck digest */
                digest?: (string|null);

                /** IntegrityCheck folders */
                folders?: ({ [k: string]: string }|null);

                /** IntegrityCheck files */
                files?: (number|null);

                /** IntegrityCheck bytes */
                bytes?: (number|null);

                /** IntegrityCheck syncId */
                syncId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityCheck. */
            type $Shape = warden.cluster.IntegrityCheck.$Properties;
        }

        /**
         * Properties of an IntegrityStatus.
         * @deprecated Use warden.cluster.IntegrityStatus.$Properties instead.
         */
        interface IIntegrityStatus extends warden.cluster.IntegrityStatus.$Properties {
        }

        /** Represents an IntegrityStatus. */
        class IntegrityStatus {

            /**
             * Constructs a new IntegrityStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntegrityStatus inSync. */
            inSync: boolean;

            /** IntegrityStatus masterDigest. */
            masterDigest: string;

            /** IntegrityStatus ready. */
            ready: boolean;

            /** IntegrityStatus plan. */
            plan?: (warden.cluster.IntegrityPlan.$Properties|null);

            /**
             * Creates a new IntegrityStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityStatus instance
             */
            static create(properties: warden.cluster.IntegrityStatus.$Shape): warden.cluster.IntegrityStatus & warden.cluster.IntegrityStatus.$Shape;
            static create(properties?: warden.cluster.IntegrityStatus.$Properties): warden.cluster.IntegrityStatus;

            /**
             * Encodes the specified IntegrityStatus message. Does not implicitly {@link warden.cluster.IntegrityStatus.verify|verify} messages.
             * @param message IntegrityStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityStatus message, length delimited. Does not implicitly {@link warden.cluster.IntegrityStatus.verify|verify} messages.
             * @param message IntegrityStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityStatus & warden.cluster.IntegrityStatus.$Shape} IntegrityStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityStatus & warden.cluster.IntegrityStatus.$Shape;

            /**
             * Decodes an IntegrityStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityStatus & warden.cluster.IntegrityStatus.$Shape} IntegrityStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityStatus & warden.cluster.IntegrityStatus.$Shape;

            /**
             * Verifies an IntegrityStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityStatus
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityStatus;

            /**
             * Creates a plain object from an IntegrityStatus message. Also converts values to other types if specified.
             * @param message IntegrityStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityStatus {

            /** Properties of an IntegrityStatus. */
            interface $Properties {

                /** IntegrityStatus inSync */
                inSync?: (boolean|null);

                /** IntegrityStatus masterDigest */
                masterDigest?: (string|null);

                /** IntegrityStatus ready */
                ready?: (boolean|null);

                /** IntegrityStatus plan */
                plan?: (warden.cluster.IntegrityPlan.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityStatus. */
            type $Shape = warden.cluster.IntegrityStatus.$Properties;
        }

        /**
         * Properties of an IntegrityTable.
         * @deprecated Use warden.cluster.IntegrityTable.$Properties instead.
         */
        interface IIntegrityTable extends warden.cluster.IntegrityTable.$Properties {
        }

        /** Represents an IntegrityTable. */
        class IntegrityTable {

            /**
             * Constructs a new IntegrityTable.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityTable.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntegrityTable syncId. */
            syncId: number;

            /** IntegrityTable files. */
            files: warden.cluster.IntegrityFile.$Properties[];

            /** IntegrityTable last. */
            last: boolean;

            /**
             * Creates a new IntegrityTable instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityTable instance
             */
            static create(properties: warden.cluster.IntegrityTable.$Shape): warden.cluster.IntegrityTable & warden.cluster.IntegrityTable.$Shape;
            static create(properties?: warden.cluster.IntegrityTable.$Properties): warden.cluster.IntegrityTable;

            /**
             * Encodes the specified IntegrityTable message. Does not implicitly {@link warden.cluster.IntegrityTable.verify|verify} messages.
             * @param message IntegrityTable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityTable message, length delimited. Does not implicitly {@link warden.cluster.IntegrityTable.verify|verify} messages.
             * @param message IntegrityTable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityTable message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityTable & warden.cluster.IntegrityTable.$Shape} IntegrityTable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityTable & warden.cluster.IntegrityTable.$Shape;

            /**
             * Decodes an IntegrityTable message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityTable & warden.cluster.IntegrityTable.$Shape} IntegrityTable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityTable & warden.cluster.IntegrityTable.$Shape;

            /**
             * Verifies an IntegrityTable message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityTable message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityTable
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityTable;

            /**
             * Creates a plain object from an IntegrityTable message. Also converts values to other types if specified.
             * @param message IntegrityTable
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityTable, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityTable to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityTable
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityTable {

            /** Properties of an IntegrityTable. */
            interface $Properties {

                /** IntegrityTable syncId */
                syncId?: (number|null);

                /** IntegrityTable files */
                files?: (warden.cluster.IntegrityFile.$Properties[]|null);

                /** IntegrityTable last */
                last?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityTable. */
            type $Shape = warden.cluster.IntegrityTable.$Properties;
        }

        /**
         * Properties of an IntegrityConflict.
         * @deprecated Use warden.cluster.IntegrityConflict.$Properties instead.
         */
        interface IIntegrityConflict extends warden.cluster.IntegrityConflict.$Properties {
        }

        /** Represents an IntegrityConflict. */
        class IntegrityConflict {

            /**
             * Constructs a new IntegrityConflict.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityConflict.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntegrityConflict path. */
            path: string;

            /** IntegrityConflict workerHas. */
            workerHas: string;

            /**
             * Creates a new IntegrityConflict instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityConflict instance
             */
            static create(properties: warden.cluster.IntegrityConflict.$Shape): warden.cluster.IntegrityConflict & warden.cluster.IntegrityConflict.$Shape;
            static create(properties?: warden.cluster.IntegrityConflict.$Properties): warden.cluster.IntegrityConflict;

            /**
             * Encodes the specified IntegrityConflict message. Does not implicitly {@link warden.cluster.IntegrityConflict.verify|verify} messages.
             * @param message IntegrityConflict message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityConflict.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityConflict message, length delimited. Does not implicitly {@link warden.cluster.IntegrityConflict.verify|verify} messages.
             * @param message IntegrityConflict message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityConflict.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityConflict message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityConflict & warden.cluster.IntegrityConflict.$Shape} IntegrityConflict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityConflict & warden.cluster.IntegrityConflict.$Shape;

            /**
             * Decodes an IntegrityConflict message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityConflict & warden.cluster.IntegrityConflict.$Shape} IntegrityConflict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityConflict & warden.cluster.IntegrityConflict.$Shape;

            /**
             * Verifies an IntegrityConflict message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityConflict message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityConflict
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityConflict;

            /**
             * Creates a plain object from an IntegrityConflict message. Also converts values to other types if specified.
             * @param message IntegrityConflict
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityConflict, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityConflict to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityConflict
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityConflict {

            /** Properties of an IntegrityConflict. */
            interface $Properties {

                /** IntegrityConflict path */
                path?: (string|null);

                /** IntegrityConflict workerHas */
                workerHas?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityConflict. */
            type $Shape = warden.cluster.IntegrityConflict.$Properties;
        }

        /**
         * Properties of an IntegrityPlan.
         * @deprecated Use warden.cluster.IntegrityPlan.$Properties instead.
         */
        interface IIntegrityPlan extends warden.cluster.IntegrityPlan.$Properties {
        }

        /** Represents an IntegrityPlan. */
        class IntegrityPlan {

            /**
             * Constructs a new IntegrityPlan.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityPlan.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntegrityPlan syncId. */
            syncId: number;

            /** IntegrityPlan missing. */
            missing: number;

            /** IntegrityPlan changed. */
            changed: number;

            /** IntegrityPlan extra. */
            extra: string[];

            /** IntegrityPlan conflicts. */
            conflicts: warden.cluster.IntegrityConflict.$Properties[];

            /** IntegrityPlan masterDigest. */
            masterDigest: string;

            /**
             * Creates a new IntegrityPlan instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityPlan instance
             */
            static create(properties: warden.cluster.IntegrityPlan.$Shape): warden.cluster.IntegrityPlan & warden.cluster.IntegrityPlan.$Shape;
            static create(properties?: warden.cluster.IntegrityPlan.$Properties): warden.cluster.IntegrityPlan;

            /**
             * Encodes the specified IntegrityPlan message. Does not implicitly {@link warden.cluster.IntegrityPlan.verify|verify} messages.
             * @param message IntegrityPlan message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityPlan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityPlan message, length delimited. Does not implicitly {@link warden.cluster.IntegrityPlan.verify|verify} messages.
             * @param message IntegrityPlan message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityPlan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityPlan message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityPlan & warden.cluster.IntegrityPlan.$Shape} IntegrityPlan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityPlan & warden.cluster.IntegrityPlan.$Shape;

            /**
             * Decodes an IntegrityPlan message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityPlan & warden.cluster.IntegrityPlan.$Shape} IntegrityPlan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityPlan & warden.cluster.IntegrityPlan.$Shape;

            /**
             * Verifies an IntegrityPlan message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityPlan message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityPlan
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityPlan;

            /**
             * Creates a plain object from an IntegrityPlan message. Also converts values to other types if specified.
             * @param message IntegrityPlan
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityPlan, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityPlan to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityPlan
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityPlan {

            /** Properties of an IntegrityPlan. */
            interface $Properties {

                /** IntegrityPlan syncId */
                syncId?: (number|null);

                /** IntegrityPlan missing */
                missing?: (number|null);

                /** IntegrityPlan changed */
                changed?: (number|null);

                /** IntegrityPlan extra */
                extra?: (string[]|null);

                /** IntegrityPlan conflicts */
                conflicts?: (warden.cluster.IntegrityConflict.$Properties[]|null);

                /** IntegrityPlan masterDigest */
                masterDigest?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityPlan. */
            type $Shape = warden.cluster.IntegrityPlan.$Properties;
        }

        /**
         * Properties of an IntegrityFetch.
         * @deprecated Use warden.cluster.IntegrityFetch.$Properties instead.
         */
        interface IIntegrityFetch extends warden.cluster.IntegrityFetch.$Properties {
        }

        /** Represents an IntegrityFetch. */
        class IntegrityFetch {

            /**
             * Constructs a new IntegrityFetch.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityFetch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntegrityFetch syncId. */
            syncId: number;

            /**
             * Creates a new IntegrityFetch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityFetch instance
             */
            static create(properties: warden.cluster.IntegrityFetch.$Shape): warden.cluster.IntegrityFetch & warden.cluster.IntegrityFetch.$Shape;
            static create(properties?: warden.cluster.IntegrityFetch.$Properties): warden.cluster.IntegrityFetch;

            /**
             * Encodes the specified IntegrityFetch message. Does not implicitly {@link warden.cluster.IntegrityFetch.verify|verify} messages.
             * @param message IntegrityFetch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityFetch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityFetch message, length delimited. Does not implicitly {@link warden.cluster.IntegrityFetch.verify|verify} messages.
             * @param message IntegrityFetch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityFetch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityFetch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityFetch & warden.cluster.IntegrityFetch.$Shape} IntegrityFetch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityFetch & warden.cluster.IntegrityFetch.$Shape;

            /**
             * Decodes an IntegrityFetch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityFetch & warden.cluster.IntegrityFetch.$Shape} IntegrityFetch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityFetch & warden.cluster.IntegrityFetch.$Shape;

            /**
             * Verifies an IntegrityFetch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityFetch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityFetch
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityFetch;

            /**
             * Creates a plain object from an IntegrityFetch message. Also converts values to other types if specified.
             * @param message IntegrityFetch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityFetch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityFetch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityFetch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityFetch {

            /** Properties of an IntegrityFetch. */
            interface $Properties {

                /** IntegrityFetch syncId */
                syncId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityFetch. */
            type $Shape = warden.cluster.IntegrityFetch.$Properties;
        }

        /**
         * Properties of an IntegrityFetched.
         * @deprecated Use warden.cluster.IntegrityFetched.$Properties instead.
         */
        interface IIntegrityFetched extends warden.cluster.IntegrityFetched.$Properties {
        }

        /** Represents an IntegrityFetched. */
        class IntegrityFetched {

            /**
             * Constructs a new IntegrityFetched.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityFetched.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntegrityFetched syncId. */
            syncId: number;

            /** IntegrityFetched sent. */
            sent: number;

            /** IntegrityFetched failed. */
            failed: string[];

            /** IntegrityFetched packs. */
            packs: number;

            /**
             * Creates a new IntegrityFetched instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityFetched instance
             */
            static create(properties: warden.cluster.IntegrityFetched.$Shape): warden.cluster.IntegrityFetched & warden.cluster.IntegrityFetched.$Shape;
            static create(properties?: warden.cluster.IntegrityFetched.$Properties): warden.cluster.IntegrityFetched;

            /**
             * Encodes the specified IntegrityFetched message. Does not implicitly {@link warden.cluster.IntegrityFetched.verify|verify} messages.
             * @param message IntegrityFetched message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityFetched.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityFetched message, length delimited. Does not implicitly {@link warden.cluster.IntegrityFetched.verify|verify} messages.
             * @param message IntegrityFetched message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityFetched.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityFetched message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityFetched & warden.cluster.IntegrityFetched.$Shape} IntegrityFetched
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityFetched & warden.cluster.IntegrityFetched.$Shape;

            /**
             * Decodes an IntegrityFetched message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityFetched & warden.cluster.IntegrityFetched.$Shape} IntegrityFetched
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityFetched & warden.cluster.IntegrityFetched.$Shape;

            /**
             * Verifies an IntegrityFetched message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityFetched message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityFetched
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityFetched;

            /**
             * Creates a plain object from an IntegrityFetched message. Also converts values to other types if specified.
             * @param message IntegrityFetched
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityFetched, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityFetched to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityFetched
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityFetched {

            /** Properties of an IntegrityFetched. */
            interface $Properties {

                /** IntegrityFetched syncId */
                syncId?: (number|null);

                /** IntegrityFetched sent */
                sent?: (number|null);

                /** IntegrityFetched failed */
                failed?: (string[]|null);

                /** IntegrityFetched packs */
                packs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityFetched. */
            type $Shape = warden.cluster.IntegrityFetched.$Properties;
        }

        /**
         * Properties of an IntegrityResult.
         * @deprecated Use warden.cluster.IntegrityResult.$Properties instead.
         */
        interface IIntegrityResult extends warden.cluster.IntegrityResult.$Properties {
        }

        /** Represents an IntegrityResult. */
        class IntegrityResult {

            /**
             * Constructs a new IntegrityResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntegrityResult syncId. */
            syncId: number;

            /** IntegrityResult missing. */
            missing: number;

            /** IntegrityResult changed. */
            changed: number;

            /** IntegrityResult extra. */
            extra: number;

            /** IntegrityResult written. */
            written: number;

            /** IntegrityResult deleted. */
            deleted: number;

            /** IntegrityResult refused. */
            refused: string[];

            /** IntegrityResult durationMs. */
            durationMs: number;

            /** IntegrityResult digest. */
            digest: string;

            /** IntegrityResult folders. */
            folders: { [k: string]: string };

            /** IntegrityResult files. */
            files: number;

            /**
             * Creates a new IntegrityResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityResult instance
             */
            static create(properties: warden.cluster.IntegrityResult.$Shape): warden.cluster.IntegrityResult & warden.cluster.IntegrityResult.$Shape;
            static create(properties?: warden.cluster.IntegrityResult.$Properties): warden.cluster.IntegrityResult;

            /**
             * Encodes the specified IntegrityResult message. Does not implicitly {@link warden.cluster.IntegrityResult.verify|verify} messages.
             * @param message IntegrityResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityResult message, length delimited. Does not implicitly {@link warden.cluster.IntegrityResult.verify|verify} messages.
             * @param message IntegrityResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityResult & warden.cluster.IntegrityResult.$Shape} IntegrityResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityResult & warden.cluster.IntegrityResult.$Shape;

            /**
             * Decodes an IntegrityResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityResult & warden.cluster.IntegrityResult.$Shape} IntegrityResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityResult & warden.cluster.IntegrityResult.$Shape;

            /**
             * Verifies an IntegrityResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityResult
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityResult;

            /**
             * Creates a plain object from an IntegrityResult message. Also converts values to other types if specified.
             * @param message IntegrityResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityResult {

            /** Properties of an IntegrityResult. */
            interface $Properties {

                /** IntegrityResult syncId */
                syncId?: (number|null);

                /** IntegrityResult missing */
                missing?: (number|null);

                /** IntegrityResult changed */
                changed?: (number|null);

                /** IntegrityResult extra */
                extra?: (number|null);

                /** IntegrityResult written */
                written?: (number|null);

                /** IntegrityResult deleted */
                deleted?: (number|null);

                /** IntegrityResult refused */
                refused?: (string[]|null);

                /** IntegrityResult durationMs */
                durationMs?: (number|null);

                /** IntegrityResult digest */
                digest?: (string|null);

                /** IntegrityResult folders */
                folders?: ({ [k: string]: string }|null);

                /** IntegrityResult files */
                files?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityResult. */
            type $Shape = warden.cluster.IntegrityResult.$Properties;
        }

        /**
         * Properties of an IntegrityChanged.
         * @deprecated Use warden.cluster.IntegrityChanged.$Properties instead.
         */
        interface IIntegrityChanged extends warden.cluster.IntegrityChanged.$Properties {
        }

        /** Represents an IntegrityChanged. */
        class IntegrityChanged {

            /**
             * Constructs a new IntegrityChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntegrityChanged masterDigest. */
            masterDigest: string;

            /**
             * Creates a new IntegrityChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityChanged instance
             */
            static create(properties: warden.cluster.IntegrityChanged.$Shape): warden.cluster.IntegrityChanged & warden.cluster.IntegrityChanged.$Shape;
            static create(properties?: warden.cluster.IntegrityChanged.$Properties): warden.cluster.IntegrityChanged;

            /**
             * Encodes the specified IntegrityChanged message. Does not implicitly {@link warden.cluster.IntegrityChanged.verify|verify} messages.
             * @param message IntegrityChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityChanged message, length delimited. Does not implicitly {@link warden.cluster.IntegrityChanged.verify|verify} messages.
             * @param message IntegrityChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityChanged & warden.cluster.IntegrityChanged.$Shape} IntegrityChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityChanged & warden.cluster.IntegrityChanged.$Shape;

            /**
             * Decodes an IntegrityChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityChanged & warden.cluster.IntegrityChanged.$Shape} IntegrityChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityChanged & warden.cluster.IntegrityChanged.$Shape;

            /**
             * Verifies an IntegrityChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityChanged
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityChanged;

            /**
             * Creates a plain object from an IntegrityChanged message. Also converts values to other types if specified.
             * @param message IntegrityChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityChanged {

            /** Properties of an IntegrityChanged. */
            interface $Properties {

                /** IntegrityChanged masterDigest */
                masterDigest?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityChanged. */
            type $Shape = warden.cluster.IntegrityChanged.$Properties;
        }

        /**
         * Properties of an IntegrityAck.
         * @deprecated Use warden.cluster.IntegrityAck.$Properties instead.
         */
        interface IIntegrityAck extends warden.cluster.IntegrityAck.$Properties {
        }

        /** Represents an IntegrityAck. */
        class IntegrityAck {

            /**
             * Constructs a new IntegrityAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.IntegrityAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new IntegrityAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntegrityAck instance
             */
            static create(properties: warden.cluster.IntegrityAck.$Shape): warden.cluster.IntegrityAck & warden.cluster.IntegrityAck.$Shape;
            static create(properties?: warden.cluster.IntegrityAck.$Properties): warden.cluster.IntegrityAck;

            /**
             * Encodes the specified IntegrityAck message. Does not implicitly {@link warden.cluster.IntegrityAck.verify|verify} messages.
             * @param message IntegrityAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.IntegrityAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IntegrityAck message, length delimited. Does not implicitly {@link warden.cluster.IntegrityAck.verify|verify} messages.
             * @param message IntegrityAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.IntegrityAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntegrityAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.IntegrityAck & warden.cluster.IntegrityAck.$Shape} IntegrityAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.IntegrityAck & warden.cluster.IntegrityAck.$Shape;

            /**
             * Decodes an IntegrityAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.IntegrityAck & warden.cluster.IntegrityAck.$Shape} IntegrityAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.IntegrityAck & warden.cluster.IntegrityAck.$Shape;

            /**
             * Verifies an IntegrityAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IntegrityAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IntegrityAck
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.IntegrityAck;

            /**
             * Creates a plain object from an IntegrityAck message. Also converts values to other types if specified.
             * @param message IntegrityAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.IntegrityAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IntegrityAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IntegrityAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IntegrityAck {

            /** Properties of an IntegrityAck. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntegrityAck. */
            type $Shape = warden.cluster.IntegrityAck.$Properties;
        }

        /**
         * Properties of a WorkerLeaving.
         * @deprecated Use warden.cluster.WorkerLeaving.$Properties instead.
         */
        interface IWorkerLeaving extends warden.cluster.WorkerLeaving.$Properties {
        }

        /** Represents a WorkerLeaving. */
        class WorkerLeaving {

            /**
             * Constructs a new WorkerLeaving.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.WorkerLeaving.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerLeaving agentsMoved. */
            agentsMoved: number;

            /** WorkerLeaving agentsClosed. */
            agentsClosed: number;

            /** WorkerLeaving reason. */
            reason: string;

            /**
             * Creates a new WorkerLeaving instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerLeaving instance
             */
            static create(properties: warden.cluster.WorkerLeaving.$Shape): warden.cluster.WorkerLeaving & warden.cluster.WorkerLeaving.$Shape;
            static create(properties?: warden.cluster.WorkerLeaving.$Properties): warden.cluster.WorkerLeaving;

            /**
             * Encodes the specified WorkerLeaving message. Does not implicitly {@link warden.cluster.WorkerLeaving.verify|verify} messages.
             * @param message WorkerLeaving message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.WorkerLeaving.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerLeaving message, length delimited. Does not implicitly {@link warden.cluster.WorkerLeaving.verify|verify} messages.
             * @param message WorkerLeaving message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.WorkerLeaving.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerLeaving message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.WorkerLeaving & warden.cluster.WorkerLeaving.$Shape} WorkerLeaving
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.WorkerLeaving & warden.cluster.WorkerLeaving.$Shape;

            /**
             * Decodes a WorkerLeaving message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.WorkerLeaving & warden.cluster.WorkerLeaving.$Shape} WorkerLeaving
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.WorkerLeaving & warden.cluster.WorkerLeaving.$Shape;

            /**
             * Verifies a WorkerLeaving message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerLeaving message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerLeaving
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.WorkerLeaving;

            /**
             * Creates a plain object from a WorkerLeaving message. Also converts values to other types if specified.
             * @param message WorkerLeaving
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.WorkerLeaving, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerLeaving to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerLeaving
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerLeaving {

            /** Properties of a WorkerLeaving. */
            interface $Properties {

                /** WorkerLeaving agentsMoved */
                agentsMoved?: (number|null);

                /** WorkerLeaving agentsClosed */
                agentsClosed?: (number|null);

                /** WorkerLeaving reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerLeaving. */
            type $Shape = warden.cluster.WorkerLeaving.$Properties;
        }

        /**
         * Properties of a WorkerLeft.
         * @deprecated Use warden.cluster.WorkerLeft.$Properties instead.
         */
        interface IWorkerLeft extends warden.cluster.WorkerLeft.$Properties {
        }

        /** Represents a WorkerLeft. */
        class WorkerLeft {

            /**
             * Constructs a new WorkerLeft.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.WorkerLeft.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new WorkerLeft instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerLeft instance
             */
            static create(properties: warden.cluster.WorkerLeft.$Shape): warden.cluster.WorkerLeft & warden.cluster.WorkerLeft.$Shape;
            static create(properties?: warden.cluster.WorkerLeft.$Properties): warden.cluster.WorkerLeft;

            /**
             * Encodes the specified WorkerLeft message. Does not implicitly {@link warden.cluster.WorkerLeft.verify|verify} messages.
             * @param message WorkerLeft message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.WorkerLeft.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerLeft message, length delimited. Does not implicitly {@link warden.cluster.WorkerLeft.verify|verify} messages.
             * @param message WorkerLeft message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.WorkerLeft.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerLeft message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.WorkerLeft & warden.cluster.WorkerLeft.$Shape} WorkerLeft
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.WorkerLeft & warden.cluster.WorkerLeft.$Shape;

            /**
             * Decodes a WorkerLeft message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.WorkerLeft & warden.cluster.WorkerLeft.$Shape} WorkerLeft
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.WorkerLeft & warden.cluster.WorkerLeft.$Shape;

            /**
             * Verifies a WorkerLeft message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerLeft message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerLeft
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.WorkerLeft;

            /**
             * Creates a plain object from a WorkerLeft message. Also converts values to other types if specified.
             * @param message WorkerLeft
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.WorkerLeft, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerLeft to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerLeft
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerLeft {

            /** Properties of a WorkerLeft. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerLeft. */
            type $Shape = warden.cluster.WorkerLeft.$Properties;
        }

        /**
         * Properties of a MoveAgents.
         * @deprecated Use warden.cluster.MoveAgents.$Properties instead.
         */
        interface IMoveAgents extends warden.cluster.MoveAgents.$Properties {
        }

        /** Represents a MoveAgents. */
        class MoveAgents {

            /**
             * Constructs a new MoveAgents.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.MoveAgents.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MoveAgents count. */
            count: number;

            /** MoveAgents spreadMs. */
            spreadMs: number;

            /** MoveAgents reason. */
            reason: string;

            /**
             * Creates a new MoveAgents instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MoveAgents instance
             */
            static create(properties: warden.cluster.MoveAgents.$Shape): warden.cluster.MoveAgents & warden.cluster.MoveAgents.$Shape;
            static create(properties?: warden.cluster.MoveAgents.$Properties): warden.cluster.MoveAgents;

            /**
             * Encodes the specified MoveAgents message. Does not implicitly {@link warden.cluster.MoveAgents.verify|verify} messages.
             * @param message MoveAgents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.MoveAgents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MoveAgents message, length delimited. Does not implicitly {@link warden.cluster.MoveAgents.verify|verify} messages.
             * @param message MoveAgents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.MoveAgents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MoveAgents message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.MoveAgents & warden.cluster.MoveAgents.$Shape} MoveAgents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.MoveAgents & warden.cluster.MoveAgents.$Shape;

            /**
             * Decodes a MoveAgents message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.MoveAgents & warden.cluster.MoveAgents.$Shape} MoveAgents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.MoveAgents & warden.cluster.MoveAgents.$Shape;

            /**
             * Verifies a MoveAgents message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MoveAgents message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MoveAgents
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.MoveAgents;

            /**
             * Creates a plain object from a MoveAgents message. Also converts values to other types if specified.
             * @param message MoveAgents
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.MoveAgents, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MoveAgents to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MoveAgents
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MoveAgents {

            /** Properties of a MoveAgents. */
            interface $Properties {

                /** MoveAgents count */
                count?: (number|null);

                /** MoveAgents spreadMs */
                spreadMs?: (number|null);

                /** MoveAgents reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MoveAgents. */
            type $Shape = warden.cluster.MoveAgents.$Properties;
        }

        /**
         * Properties of a MoveAgentsAccepted.
         * @deprecated Use warden.cluster.MoveAgentsAccepted.$Properties instead.
         */
        interface IMoveAgentsAccepted extends warden.cluster.MoveAgentsAccepted.$Properties {
        }

        /** Represents a MoveAgentsAccepted. */
        class MoveAgentsAccepted {

            /**
             * Constructs a new MoveAgentsAccepted.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.MoveAgentsAccepted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MoveAgentsAccepted count. */
            count: number;

            /**
             * Creates a new MoveAgentsAccepted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MoveAgentsAccepted instance
             */
            static create(properties: warden.cluster.MoveAgentsAccepted.$Shape): warden.cluster.MoveAgentsAccepted & warden.cluster.MoveAgentsAccepted.$Shape;
            static create(properties?: warden.cluster.MoveAgentsAccepted.$Properties): warden.cluster.MoveAgentsAccepted;

            /**
             * Encodes the specified MoveAgentsAccepted message. Does not implicitly {@link warden.cluster.MoveAgentsAccepted.verify|verify} messages.
             * @param message MoveAgentsAccepted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.MoveAgentsAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MoveAgentsAccepted message, length delimited. Does not implicitly {@link warden.cluster.MoveAgentsAccepted.verify|verify} messages.
             * @param message MoveAgentsAccepted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.MoveAgentsAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MoveAgentsAccepted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.MoveAgentsAccepted & warden.cluster.MoveAgentsAccepted.$Shape} MoveAgentsAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.MoveAgentsAccepted & warden.cluster.MoveAgentsAccepted.$Shape;

            /**
             * Decodes a MoveAgentsAccepted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.MoveAgentsAccepted & warden.cluster.MoveAgentsAccepted.$Shape} MoveAgentsAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.MoveAgentsAccepted & warden.cluster.MoveAgentsAccepted.$Shape;

            /**
             * Verifies a MoveAgentsAccepted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MoveAgentsAccepted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MoveAgentsAccepted
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.MoveAgentsAccepted;

            /**
             * Creates a plain object from a MoveAgentsAccepted message. Also converts values to other types if specified.
             * @param message MoveAgentsAccepted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.MoveAgentsAccepted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MoveAgentsAccepted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MoveAgentsAccepted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MoveAgentsAccepted {

            /** Properties of a MoveAgentsAccepted. */
            interface $Properties {

                /** MoveAgentsAccepted count */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MoveAgentsAccepted. */
            type $Shape = warden.cluster.MoveAgentsAccepted.$Properties;
        }

        /**
         * Properties of a ReplicaStateRequest.
         * @deprecated Use warden.cluster.ReplicaStateRequest.$Properties instead.
         */
        interface IReplicaStateRequest extends warden.cluster.ReplicaStateRequest.$Properties {
        }

        /** Represents a ReplicaStateRequest. */
        class ReplicaStateRequest {

            /**
             * Constructs a new ReplicaStateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.ReplicaStateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaStateRequest wantDigest. */
            wantDigest: boolean;

            /**
             * Creates a new ReplicaStateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaStateRequest instance
             */
            static create(properties: warden.cluster.ReplicaStateRequest.$Shape): warden.cluster.ReplicaStateRequest & warden.cluster.ReplicaStateRequest.$Shape;
            static create(properties?: warden.cluster.ReplicaStateRequest.$Properties): warden.cluster.ReplicaStateRequest;

            /**
             * Encodes the specified ReplicaStateRequest message. Does not implicitly {@link warden.cluster.ReplicaStateRequest.verify|verify} messages.
             * @param message ReplicaStateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.ReplicaStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReplicaStateRequest message, length delimited. Does not implicitly {@link warden.cluster.ReplicaStateRequest.verify|verify} messages.
             * @param message ReplicaStateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.ReplicaStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaStateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.ReplicaStateRequest & warden.cluster.ReplicaStateRequest.$Shape} ReplicaStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.ReplicaStateRequest & warden.cluster.ReplicaStateRequest.$Shape;

            /**
             * Decodes a ReplicaStateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.ReplicaStateRequest & warden.cluster.ReplicaStateRequest.$Shape} ReplicaStateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.ReplicaStateRequest & warden.cluster.ReplicaStateRequest.$Shape;

            /**
             * Verifies a ReplicaStateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReplicaStateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReplicaStateRequest
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.ReplicaStateRequest;

            /**
             * Creates a plain object from a ReplicaStateRequest message. Also converts values to other types if specified.
             * @param message ReplicaStateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.ReplicaStateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReplicaStateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReplicaStateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaStateRequest {

            /** Properties of a ReplicaStateRequest. */
            interface $Properties {

                /** ReplicaStateRequest wantDigest */
                wantDigest?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaStateRequest. */
            type $Shape = warden.cluster.ReplicaStateRequest.$Properties;
        }

        /**
         * Properties of a ReplicaState.
         * @deprecated Use warden.cluster.ReplicaState.$Properties instead.
         */
        interface IReplicaState extends warden.cluster.ReplicaState.$Properties {
        }

        /** Represents a ReplicaState. */
        class ReplicaState {

            /**
             * Constructs a new ReplicaState.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.ReplicaState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaState seq. */
            seq: number;

            /** ReplicaState infoSeq. */
            infoSeq: number;

            /** ReplicaState changeSeq. */
            changeSeq: number;

            /** ReplicaState digest. */
            digest: string;

            /** ReplicaState infoDigest. */
            infoDigest: string;

            /**
             * Creates a new ReplicaState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaState instance
             */
            static create(properties: warden.cluster.ReplicaState.$Shape): warden.cluster.ReplicaState & warden.cluster.ReplicaState.$Shape;
            static create(properties?: warden.cluster.ReplicaState.$Properties): warden.cluster.ReplicaState;

            /**
             * Encodes the specified ReplicaState message. Does not implicitly {@link warden.cluster.ReplicaState.verify|verify} messages.
             * @param message ReplicaState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.ReplicaState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReplicaState message, length delimited. Does not implicitly {@link warden.cluster.ReplicaState.verify|verify} messages.
             * @param message ReplicaState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.ReplicaState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.ReplicaState & warden.cluster.ReplicaState.$Shape} ReplicaState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.ReplicaState & warden.cluster.ReplicaState.$Shape;

            /**
             * Decodes a ReplicaState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.ReplicaState & warden.cluster.ReplicaState.$Shape} ReplicaState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.ReplicaState & warden.cluster.ReplicaState.$Shape;

            /**
             * Verifies a ReplicaState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReplicaState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReplicaState
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.ReplicaState;

            /**
             * Creates a plain object from a ReplicaState message. Also converts values to other types if specified.
             * @param message ReplicaState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.ReplicaState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReplicaState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReplicaState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaState {

            /** Properties of a ReplicaState. */
            interface $Properties {

                /** ReplicaState seq */
                seq?: (number|null);

                /** ReplicaState infoSeq */
                infoSeq?: (number|null);

                /** ReplicaState changeSeq */
                changeSeq?: (number|null);

                /** ReplicaState digest */
                digest?: (string|null);

                /** ReplicaState infoDigest */
                infoDigest?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaState. */
            type $Shape = warden.cluster.ReplicaState.$Properties;
        }

        /**
         * Properties of a ReplicaUpdate.
         * @deprecated Use warden.cluster.ReplicaUpdate.$Properties instead.
         */
        interface IReplicaUpdate extends warden.cluster.ReplicaUpdate.$Properties {
        }

        /** Represents a ReplicaUpdate. */
        class ReplicaUpdate {

            /**
             * Constructs a new ReplicaUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.ReplicaUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaUpdate mode. */
            mode: string;

            /** ReplicaUpdate first. */
            first: boolean;

            /** ReplicaUpdate last. */
            last: boolean;

            /** ReplicaUpdate toSeq. */
            toSeq: number;

            /** ReplicaUpdate toInfoSeq. */
            toInfoSeq: number;

            /** ReplicaUpdate lastAgentId. */
            lastAgentId: number;

            /** ReplicaUpdate groups. */
            groups: warden.cluster.ReplicaGroup.$Properties[];

            /** ReplicaUpdate agents. */
            agents: warden.cluster.ReplicaAgent.$Properties[];

            /** ReplicaUpdate tombstones. */
            tombstones: warden.cluster.ReplicaTombstone.$Properties[];

            /** ReplicaUpdate changes. */
            changes: warden.cluster.ReplicaChange.$Properties[];

            /** ReplicaUpdate wantDigest. */
            wantDigest: boolean;

            /** ReplicaUpdate agentIds. */
            agentIds: number[];

            /**
             * Creates a new ReplicaUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaUpdate instance
             */
            static create(properties: warden.cluster.ReplicaUpdate.$Shape): warden.cluster.ReplicaUpdate & warden.cluster.ReplicaUpdate.$Shape;
            static create(properties?: warden.cluster.ReplicaUpdate.$Properties): warden.cluster.ReplicaUpdate;

            /**
             * Encodes the specified ReplicaUpdate message. Does not implicitly {@link warden.cluster.ReplicaUpdate.verify|verify} messages.
             * @param message ReplicaUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.ReplicaUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReplicaUpdate message, length delimited. Does not implicitly {@link warden.cluster.ReplicaUpdate.verify|verify} messages.
             * @param message ReplicaUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.ReplicaUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.ReplicaUpdate & warden.cluster.ReplicaUpdate.$Shape} ReplicaUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.ReplicaUpdate & warden.cluster.ReplicaUpdate.$Shape;

            /**
             * Decodes a ReplicaUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.ReplicaUpdate & warden.cluster.ReplicaUpdate.$Shape} ReplicaUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.ReplicaUpdate & warden.cluster.ReplicaUpdate.$Shape;

            /**
             * Verifies a ReplicaUpdate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReplicaUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReplicaUpdate
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.ReplicaUpdate;

            /**
             * Creates a plain object from a ReplicaUpdate message. Also converts values to other types if specified.
             * @param message ReplicaUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.ReplicaUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReplicaUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReplicaUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaUpdate {

            /** Properties of a ReplicaUpdate. */
            interface $Properties {

                /** ReplicaUpdate mode */
                mode?: (string|null);

                /** ReplicaUpdate first */
                first?: (boolean|null);

                /** ReplicaUpdate last */
                last?: (boolean|null);

                /** ReplicaUpdate toSeq */
                toSeq?: (number|null);

                /** ReplicaUpdate toInfoSeq */
                toInfoSeq?: (number|null);

                /** ReplicaUpdate lastAgentId */
                lastAgentId?: (number|null);

                /** ReplicaUpdate groups */
                groups?: (warden.cluster.ReplicaGroup.$Properties[]|null);

                /** ReplicaUpdate agents */
                agents?: (warden.cluster.ReplicaAgent.$Properties[]|null);

                /** ReplicaUpdate tombstones */
                tombstones?: (warden.cluster.ReplicaTombstone.$Properties[]|null);

                /** ReplicaUpdate changes */
                changes?: (warden.cluster.ReplicaChange.$Properties[]|null);

                /** ReplicaUpdate wantDigest */
                wantDigest?: (boolean|null);

                /** ReplicaUpdate agentIds */
                agentIds?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaUpdate. */
            type $Shape = warden.cluster.ReplicaUpdate.$Properties;
        }

        /**
         * Properties of a ReplicaGroup.
         * @deprecated Use warden.cluster.ReplicaGroup.$Properties instead.
         */
        interface IReplicaGroup extends warden.cluster.ReplicaGroup.$Properties {
        }

        /** Represents a ReplicaGroup. */
        class ReplicaGroup {

            /**
             * Constructs a new ReplicaGroup.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.ReplicaGroup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaGroup name. */
            name: string;

            /** ReplicaGroup dateAdd. */
            dateAdd: number;

            /** ReplicaGroup rev. */
            rev: number;

            /**
             * Creates a new ReplicaGroup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaGroup instance
             */
            static create(properties: warden.cluster.ReplicaGroup.$Shape): warden.cluster.ReplicaGroup & warden.cluster.ReplicaGroup.$Shape;
            static create(properties?: warden.cluster.ReplicaGroup.$Properties): warden.cluster.ReplicaGroup;

            /**
             * Encodes the specified ReplicaGroup message. Does not implicitly {@link warden.cluster.ReplicaGroup.verify|verify} messages.
             * @param message ReplicaGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.ReplicaGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReplicaGroup message, length delimited. Does not implicitly {@link warden.cluster.ReplicaGroup.verify|verify} messages.
             * @param message ReplicaGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.ReplicaGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaGroup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.ReplicaGroup & warden.cluster.ReplicaGroup.$Shape} ReplicaGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.ReplicaGroup & warden.cluster.ReplicaGroup.$Shape;

            /**
             * Decodes a ReplicaGroup message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.ReplicaGroup & warden.cluster.ReplicaGroup.$Shape} ReplicaGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.ReplicaGroup & warden.cluster.ReplicaGroup.$Shape;

            /**
             * Verifies a ReplicaGroup message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReplicaGroup message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReplicaGroup
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.ReplicaGroup;

            /**
             * Creates a plain object from a ReplicaGroup message. Also converts values to other types if specified.
             * @param message ReplicaGroup
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.ReplicaGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReplicaGroup to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReplicaGroup
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaGroup {

            /** Properties of a ReplicaGroup. */
            interface $Properties {

                /** ReplicaGroup name */
                name?: (string|null);

                /** ReplicaGroup dateAdd */
                dateAdd?: (number|null);

                /** ReplicaGroup rev */
                rev?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaGroup. */
            type $Shape = warden.cluster.ReplicaGroup.$Properties;
        }

        /**
         * Properties of a ReplicaAgent.
         * @deprecated Use warden.cluster.ReplicaAgent.$Properties instead.
         */
        interface IReplicaAgent extends warden.cluster.ReplicaAgent.$Properties {
        }

        /** Represents a ReplicaAgent. */
        class ReplicaAgent {

            /**
             * Constructs a new ReplicaAgent.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.ReplicaAgent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaAgent id. */
            id: number;

            /** ReplicaAgent name. */
            name: string;

            /** ReplicaAgent ip. */
            ip: string;

            /** ReplicaAgent key. */
            key: string;

            /** ReplicaAgent osName. */
            osName?: (string|null);

            /** ReplicaAgent osVersion. */
            osVersion?: (string|null);

            /** ReplicaAgent osPlatform. */
            osPlatform?: (string|null);

            /** ReplicaAgent osArch. */
            osArch?: (string|null);

            /** ReplicaAgent osUname. */
            osUname?: (string|null);

            /** ReplicaAgent version. */
            version?: (string|null);

            /** ReplicaAgent configSum. */
            configSum?: (string|null);

            /** ReplicaAgent mergedSum. */
            mergedSum?: (string|null);

            /** ReplicaAgent nodeName. */
            nodeName?: (string|null);

            /** ReplicaAgent dateAdd. */
            dateAdd: number;

            /** ReplicaAgent lastKeepalive. */
            lastKeepalive?: (number|null);

            /** ReplicaAgent status. */
            status: string;

            /** ReplicaAgent disconnectionTime. */
            disconnectionTime?: (number|null);

            /** ReplicaAgent labels. */
            labels: { [k: string]: string };

            /** ReplicaAgent groups. */
            groups: string[];

            /** ReplicaAgent rev. */
            rev: number;

            /** ReplicaAgent infoRev. */
            infoRev: number;

            /**
             * Creates a new ReplicaAgent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaAgent instance
             */
            static create(properties: warden.cluster.ReplicaAgent.$Shape): warden.cluster.ReplicaAgent & warden.cluster.ReplicaAgent.$Shape;
            static create(properties?: warden.cluster.ReplicaAgent.$Properties): warden.cluster.ReplicaAgent;

            /**
             * Encodes the specified ReplicaAgent message. Does not implicitly {@link warden.cluster.ReplicaAgent.verify|verify} messages.
             * @param message ReplicaAgent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.ReplicaAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReplicaAgent message, length delimited. Does not implicitly {@link warden.cluster.ReplicaAgent.verify|verify} messages.
             * @param message ReplicaAgent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.ReplicaAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaAgent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.ReplicaAgent & warden.cluster.ReplicaAgent.$Shape} ReplicaAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.ReplicaAgent & warden.cluster.ReplicaAgent.$Shape;

            /**
             * Decodes a ReplicaAgent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.ReplicaAgent & warden.cluster.ReplicaAgent.$Shape} ReplicaAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.ReplicaAgent & warden.cluster.ReplicaAgent.$Shape;

            /**
             * Verifies a ReplicaAgent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReplicaAgent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReplicaAgent
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.ReplicaAgent;

            /**
             * Creates a plain object from a ReplicaAgent message. Also converts values to other types if specified.
             * @param message ReplicaAgent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.ReplicaAgent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReplicaAgent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReplicaAgent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaAgent {

            /** Properties of a ReplicaAgent. */
            interface $Properties {

                /** ReplicaAgent id */
                id?: (number|null);

                /** ReplicaAgent name */
                name?: (string|null);

                /** ReplicaAgent ip */
                ip?: (string|null);

                /** ReplicaAgent key */
                key?: (string|null);

                /** ReplicaAgent osName */
                osName?: (string|null);

                /** ReplicaAgent osVersion */
                osVersion?: (string|null);

                /** ReplicaAgent osPlatform */
                osPlatform?: (string|null);

                /** ReplicaAgent osArch */
                osArch?: (string|null);

                /** ReplicaAgent osUname */
                osUname?: (string|null);

                /** ReplicaAgent version */
                version?: (string|null);

                /** ReplicaAgent configSum */
                configSum?: (string|null);

                /** ReplicaAgent mergedSum */
                mergedSum?: (string|null);

                /** ReplicaAgent nodeName */
                nodeName?: (string|null);

                /** ReplicaAgent dateAdd */
                dateAdd?: (number|null);

                /** ReplicaAgent lastKeepalive */
                lastKeepalive?: (number|null);

                /** ReplicaAgent status */
                status?: (string|null);

                /** ReplicaAgent disconnectionTime */
                disconnectionTime?: (number|null);

                /** ReplicaAgent labels */
                labels?: ({ [k: string]: string }|null);

                /** ReplicaAgent groups */
                groups?: (string[]|null);

                /** ReplicaAgent rev */
                rev?: (number|null);

                /** ReplicaAgent infoRev */
                infoRev?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaAgent. */
            type $Shape = warden.cluster.ReplicaAgent.$Properties;
        }

        /**
         * Properties of a ReplicaTombstone.
         * @deprecated Use warden.cluster.ReplicaTombstone.$Properties instead.
         */
        interface IReplicaTombstone extends warden.cluster.ReplicaTombstone.$Properties {
        }

        /** Represents a ReplicaTombstone. */
        class ReplicaTombstone {

            /**
             * Constructs a new ReplicaTombstone.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.ReplicaTombstone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaTombstone kind. */
            kind: string;

            /** ReplicaTombstone subject. */
            subject: string;

            /** ReplicaTombstone rev. */
            rev: number;

            /**
             * Creates a new ReplicaTombstone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaTombstone instance
             */
            static create(properties: warden.cluster.ReplicaTombstone.$Shape): warden.cluster.ReplicaTombstone & warden.cluster.ReplicaTombstone.$Shape;
            static create(properties?: warden.cluster.ReplicaTombstone.$Properties): warden.cluster.ReplicaTombstone;

            /**
             * Encodes the specified ReplicaTombstone message. Does not implicitly {@link warden.cluster.ReplicaTombstone.verify|verify} messages.
             * @param message ReplicaTombstone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.ReplicaTombstone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReplicaTombstone message, length delimited. Does not implicitly {@link warden.cluster.ReplicaTombstone.verify|verify} messages.
             * @param message ReplicaTombstone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.ReplicaTombstone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaTombstone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.ReplicaTombstone & warden.cluster.ReplicaTombstone.$Shape} ReplicaTombstone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.ReplicaTombstone & warden.cluster.ReplicaTombstone.$Shape;

            /**
             * Decodes a ReplicaTombstone message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.ReplicaTombstone & warden.cluster.ReplicaTombstone.$Shape} ReplicaTombstone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.ReplicaTombstone & warden.cluster.ReplicaTombstone.$Shape;

            /**
             * Verifies a ReplicaTombstone message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReplicaTombstone message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReplicaTombstone
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.ReplicaTombstone;

            /**
             * Creates a plain object from a ReplicaTombstone message. Also converts values to other types if specified.
             * @param message ReplicaTombstone
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.ReplicaTombstone, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReplicaTombstone to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReplicaTombstone
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaTombstone {

            /** Properties of a ReplicaTombstone. */
            interface $Properties {

                /** ReplicaTombstone kind */
                kind?: (string|null);

                /** ReplicaTombstone subject */
                subject?: (string|null);

                /** ReplicaTombstone rev */
                rev?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaTombstone. */
            type $Shape = warden.cluster.ReplicaTombstone.$Properties;
        }

        /**
         * Properties of a ReplicaChange.
         * @deprecated Use warden.cluster.ReplicaChange.$Properties instead.
         */
        interface IReplicaChange extends warden.cluster.ReplicaChange.$Properties {
        }

        /** Represents a ReplicaChange. */
        class ReplicaChange {

            /**
             * Constructs a new ReplicaChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: warden.cluster.ReplicaChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaChange seq. */
            seq: number;

            /** ReplicaChange agentId. */
            agentId: number;

            /** ReplicaChange kind. */
            kind: string;

            /** ReplicaChange at. */
            at: number;

            /**
             * Creates a new ReplicaChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaChange instance
             */
            static create(properties: warden.cluster.ReplicaChange.$Shape): warden.cluster.ReplicaChange & warden.cluster.ReplicaChange.$Shape;
            static create(properties?: warden.cluster.ReplicaChange.$Properties): warden.cluster.ReplicaChange;

            /**
             * Encodes the specified ReplicaChange message. Does not implicitly {@link warden.cluster.ReplicaChange.verify|verify} messages.
             * @param message ReplicaChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: warden.cluster.ReplicaChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReplicaChange message, length delimited. Does not implicitly {@link warden.cluster.ReplicaChange.verify|verify} messages.
             * @param message ReplicaChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: warden.cluster.ReplicaChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {warden.cluster.ReplicaChange & warden.cluster.ReplicaChange.$Shape} ReplicaChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): warden.cluster.ReplicaChange & warden.cluster.ReplicaChange.$Shape;

            /**
             * Decodes a ReplicaChange message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {warden.cluster.ReplicaChange & warden.cluster.ReplicaChange.$Shape} ReplicaChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): warden.cluster.ReplicaChange & warden.cluster.ReplicaChange.$Shape;

            /**
             * Verifies a ReplicaChange message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReplicaChange message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReplicaChange
             */
            static fromObject(object: { [k: string]: any }): warden.cluster.ReplicaChange;

            /**
             * Creates a plain object from a ReplicaChange message. Also converts values to other types if specified.
             * @param message ReplicaChange
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: warden.cluster.ReplicaChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReplicaChange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReplicaChange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaChange {

            /** Properties of a ReplicaChange. */
            interface $Properties {

                /** ReplicaChange seq */
                seq?: (number|null);

                /** ReplicaChange agentId */
                agentId?: (number|null);

                /** ReplicaChange kind */
                kind?: (string|null);

                /** ReplicaChange at */
                at?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaChange. */
            type $Shape = warden.cluster.ReplicaChange.$Properties;
        }
    }
}
