import type { z } from 'zod'

/** A request schema, and the response type carried only at the type level. */
export type ChannelSpec<Req extends z.ZodType = z.ZodType, Res = unknown> = {
  request: Req
  /** Never set at run time; carries the response type. */
  response?: Res
}

export const defineChannel =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): ChannelSpec<Req, Res> => ({ request })
