import { getEnv } from '~/utils/env.server'

export interface Operator {
  name: string
  address: string
  email: string
  phone: string
  representative: string
}

/** The operator's details for the legal pages, taken from configuration (never hard-coded). */
export function getOperator(): Operator {
  const env = getEnv()
  return {
    name: env.OPERATOR_NAME,
    address: env.OPERATOR_ADDRESS,
    email: env.OPERATOR_EMAIL,
    phone: env.OPERATOR_PHONE,
    representative: env.OPERATOR_REPRESENTATIVE,
  }
}
