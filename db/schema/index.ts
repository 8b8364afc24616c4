export * from './reference'
export * from './organizations'
export * from './listings'
export * from './infra'
