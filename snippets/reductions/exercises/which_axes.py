import itertools

import torch

X = torch.arange(40, dtype=torch.float64).reshape(2, 5, 4)

# 逐一试遍所有非空的轴组合：不加 keepdims 时，能否正确地减去均值
for n in range(1, 4):
    for dims in itertools.combinations(range(3), n):
        right = X - X.mean(axis=dims, keepdims=True)
        reduced = X.mean(axis=dims)
        try:
            verdict = f"能广播，与 keepdims 的结果相同：{torch.equal(X - reduced, right)}"
        except RuntimeError:
            verdict = "报错"
        print(dims, tuple(reduced.shape), verdict)
        #> (0,) (5, 4) 能广播，与 keepdims 的结果相同：True
        #> (1,) (2, 4) 报错
        #> (2,) (2, 5) 报错
        #> (0, 1) (4,) 能广播，与 keepdims 的结果相同：True
        #> (0, 2) (5,) 报错
        #> (1, 2) (2,) 报错
        #> (0, 1, 2) () 能广播，与 keepdims 的结果相同：True

# 三条边一样长时，对第 1 维归约不会报错，却悄悄算错
C = torch.arange(27, dtype=torch.float64).reshape(3, 3, 3)
wrong = C - C.mean(axis=1)
right = C - C.mean(axis=1, keepdims=True)
print(torch.equal(wrong, right))
#> False
print(right.mean(axis=1).abs().max())
#> tensor(0., dtype=torch.float64)
print(wrong.mean(axis=1).abs().max())
#> tensor(9., dtype=torch.float64)
