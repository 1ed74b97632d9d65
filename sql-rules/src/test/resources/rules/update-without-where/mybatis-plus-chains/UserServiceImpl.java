package fixtures.mybatisplus;

import com.baomidou.mybatisplus.extension.conditions.update.LambdaUpdateChainWrapper;
import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import com.baomidou.mybatisplus.extension.toolkit.ChainWrappers;
import java.util.List;

class UserServiceImpl extends ServiceImpl<UserMapper, User> {

    private final UserMapper userMapper;

    UserServiceImpl(UserMapper userMapper) {
        this.userMapper = userMapper;
    }

    void everyRow(User disabled) {
        lambdaUpdate().set(User::getStatus, 0).update(); // expect: update-without-where "`lambdaUpdate().set(User::getStatus, 0).update()` updates every row of User; add a condition (eq(...), in(...)) that selects the rows"
        update().set("status", 0).update(); // expect: update-without-where
        this.lambdaUpdate().setSql("score = score + 1").update(); // expect: update-without-where
        lambdaUpdate().update(disabled); // expect: update-without-where
        ChainWrappers.lambdaUpdateChain(userMapper).set(User::getStatus, 0).update(); // expect: update-without-where "every row of userMapper"
        new LambdaUpdateChainWrapper<>(userMapper).set(User::getStatus, 0).update(); // expect: update-without-where
    }

    void filtered(long id, List<Long> ids) {
        lambdaUpdate().set(User::getStatus, 0).eq(User::getId, id).update(); // clean: eq
        update().set("status", 0).in("id", ids).update(); // clean: in
        lambdaUpdate().set(User::getStatus, 0).apply("id = {0}", id).update(); // clean: apply adds a condition
        ChainWrappers.lambdaUpdateChain(userMapper).set(User::getStatus, 0).eq(User::getId, id).update(); // clean: eq
        new LambdaUpdateChainWrapper<>(userMapper).set(User::getStatus, 0).in(User::getId, ids).update(); // clean: in
    }
}
