import { ConfigError } from '~/utils/env.server'
import { parseRetentionConfig, type RetentionConfig } from './retention-config'

let cached: RetentionConfig | undefined

/** The retention periods of this installation, parsed from the environment once (see README, configuration). */
export function getRetentionConfig(): RetentionConfig {
  if (!cached) {
    try {
      cached = parseRetentionConfig(process.env)
    } catch (error) {
      throw new ConfigError(error instanceof Error ? error.message : String(error))
    }
  }
  return cached
}
