package users.lookalike;

public interface TagMapper extends BaseMapper<String> {
}
