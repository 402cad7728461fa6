import { GraphQLError, Kind, ValidationRule } from 'graphql';

/**
 * One request must not carry hundreds of operations: 200 aliased copies of a search
 * are 200 searches however cheap each looks. These rules refuse such a document before
 * anything runs (BAD_USER_INPUT through the Apollo validation code).
 */
export function maxAliasesRule(max: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) {
          context.reportError(new GraphQLError(`A request may use at most ${max} aliases; send separate requests or ask for a list`, { nodes: [node] }));
        }
      },
    };
  };
}

/** At most `max` fields at the root of each operation (fragments at the root included). */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(node) {
      let count = 0;
      const visit = (selections: readonly { kind: Kind; selectionSet?: { selections: readonly unknown[] }; name?: { value: string } }[]) => {
        for (const selection of selections) {
          if (selection.kind === Kind.FIELD) count++;
          else if (selection.kind === Kind.INLINE_FRAGMENT && selection.selectionSet) visit(selection.selectionSet.selections as never);
          else if (selection.kind === Kind.FRAGMENT_SPREAD && selection.name) {
            const fragment = context.getFragment(selection.name.value);
            if (fragment) visit(fragment.selectionSet.selections as never);
          }
        }
      };
      visit(node.selectionSet.selections as never);
      if (count > max) context.reportError(new GraphQLError(`An operation may ask for at most ${max} root fields, this one asks for ${count}`, { nodes: [node] }));
    },
  });
}
