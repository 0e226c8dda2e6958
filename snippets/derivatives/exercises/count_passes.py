import torch
from torch.autograd.functional import jacobian
from torch.func import jvp, vjp

calls = 0


def f(x):
    # 每求值一次 f，计数加 1
    global calls
    calls += 1
    return torch.stack([x.sum(), (x**2).sum()])


x = torch.tensor([1.0, 2.0, 3.0, 4.0])

# 正向模式：每个输入方向一遍，得到一列
calls = 0
columns = [jvp(f, (x,), (e,))[1] for e in torch.eye(4)]
print("正向：f 求值", calls, "遍")
#> 正向：f 求值 4 遍

# 反向模式：f 只算 1 遍，再从每个输出往回传一遍，得到一行
calls = 0
_, backward_fn = vjp(f, x)
backward_passes = 0
rows = []
for w in torch.eye(2):
    rows.append(backward_fn(w)[0])
    backward_passes += 1
print("反向：f 求值", calls, "遍，往回传", backward_passes, "遍")
#> 反向：f 求值 1 遍，往回传 2 遍

J = jacobian(f, x)
print(J)
#> tensor([[1., 1., 1., 1.],
#>         [2., 4., 6., 8.]])
print(torch.equal(torch.stack(columns, dim=1), J), torch.equal(torch.stack(rows), J))
#> True True
