package users;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import java.util.Map;

/** A mapper inherited from its superclass, a service injected through the constructor, and their wrappers. */
class UserCleaner extends BaseCleaner {

    private final UserService users;
    private final QueryWrapper<User> configured = new QueryWrapper<>();

    UserCleaner(UserService users) {
        this.users = users;
    }

    void everyRow() {
        userMapper.delete(null); // expect: delete-without-where "`userMapper.delete(null)` deletes every row of the table of `User`; add a condition to the wrapper"
        userMapper.delete(new QueryWrapper<>()); // expect: delete-without-where
        userMapper.delete(Wrappers.query()); // expect: delete-without-where
        userMapper.delete(Wrappers.lambdaQuery(User.class)); // expect: delete-without-where
        userMapper.delete(new LambdaQueryWrapper<User>().orderByAsc(User::getId)); // expect: delete-without-where
        userMapper.deleteByMap(null); // expect: delete-without-where "pass the column values to match"
        users.remove(null); // expect: delete-without-where "`users.remove(null)` deletes every row of the table of `User`"
        QueryWrapper<User> all = new QueryWrapper<>();
        all.select("id");
        userMapper.delete(all); // expect: delete-without-where
    }

    void filtered(List<Long> ids, Map<String, Object> columns) {
        userMapper.delete(new QueryWrapper<User>().eq("status", 0)); // clean: eq
        userMapper.delete(new QueryWrapper<User>().ne("status", 0)); // clean: ne
        userMapper.delete(new QueryWrapper<User>().in("id", ids)); // clean: in
        userMapper.delete(new QueryWrapper<User>().between("age", 1, 9)); // clean: between
        userMapper.delete(new QueryWrapper<User>().like("name", "x")); // clean: like
        userMapper.delete(new QueryWrapper<User>().apply("age > 3")); // clean: apply
        userMapper.delete(new QueryWrapper<User>().gt("age", 3)); // clean: gt
        userMapper.delete(new QueryWrapper<User>().lt("age", 3)); // clean: lt
        userMapper.delete(new QueryWrapper<User>().ge("age", 3)); // clean: ge
        userMapper.delete(new QueryWrapper<User>().le("age", 3)); // clean: le
        userMapper.delete(new QueryWrapper<User>().isNull("email")); // clean: isNull
        userMapper.delete(new QueryWrapper<User>().isNotNull("email")); // clean: isNotNull
        userMapper.delete(new QueryWrapper<User>().exists("select 1")); // clean: exists
        userMapper.delete(new QueryWrapper<User>().inSql("id", "select id from t")); // clean: inSql
        userMapper.delete(new QueryWrapper<User>().and(w -> w.eq("a", 1))); // clean: and
        userMapper.delete(new QueryWrapper<User>().or().eq("a", 1)); // clean: or
        userMapper.delete(new QueryWrapper<User>().nested(w -> w.eq("a", 1))); // clean: nested
        userMapper.delete(new QueryWrapper<User>().allEq(columns)); // clean: allEq
        userMapper.delete(new QueryWrapper<User>().last("limit 1")); // clean: last appends SQL of its own
        userMapper.delete(new QueryWrapper<User>().groupBy("age")); // clean: the statement fails rather than deleting
        userMapper.delete(new QueryWrapper<User>().having("count(*) > 1")); // clean: the statement fails rather than deleting
        userMapper.delete(new QueryWrapper<>(new User())); // clean: the entity's fields are conditions
        userMapper.deleteById(1L); // clean: by id
        userMapper.deleteBatchIds(ids); // clean: by ids
        userMapper.deleteByMap(columns); // clean: the columns given
        users.remove(Wrappers.<User>lambdaQuery().eq(User::getId, 1L)); // clean: a condition
        users.removeById(1L); // clean: by id
        users.removeByIds(ids); // clean: by ids
        LambdaQueryWrapper<User> some = new LambdaQueryWrapper<>();
        some.eq(User::getDisabled, true);
        userMapper.delete(some); // clean: a condition on the variable
        QueryWrapper<User> built = new QueryWrapper<>();
        restrict(built);
        userMapper.delete(built); // clean: passed to a method that may add conditions
    }

    void unknown(QueryWrapper<User> given) {
        userMapper.delete(given); // clean: a parameter, not known here
        userMapper.delete(configured); // clean: a field, not known here
    }

    private static void restrict(QueryWrapper<User> wrapper) {
        wrapper.eq("tenant", 1);
    }
}
