/** The simulator sizes requests and responses with the same measure the adapter plans with. */
export {
  jsonBytes,
  stringBytes,
  PAYLOAD_LIMIT_BYTES,
  READ_CELL_LIMIT,
} from "../office/payloadSize";
