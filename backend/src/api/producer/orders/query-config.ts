/** Routes choose what an order shows a group: a `fields` parameter could reach others' lines. */
export const retrieveOrderQueryConfig = { defaults: ["id"], isList: false }

export const listOrdersQueryConfig = { ...retrieveOrderQueryConfig, isList: true, defaultLimit: 20 }
