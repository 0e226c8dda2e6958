import torch

A = torch.arange(6).reshape(2, 3)
B = A.T
p = B.reshape(3, 2)
q = B.reshape(6)
r = B.reshape(2, 3)

# 依次判断 p、q、r 是否与 A 共用存储
base = A.untyped_storage().data_ptr()
for name, t in [("p", p), ("q", q), ("r", r)]:
    print(name, t.untyped_storage().data_ptr() == base)
    #> p True
    #> q False
    #> r False

# 写入视图 p 会改到 A，写入复制品 q、r 不会
p[0, 1] = 100
q[1] = -1
r[0, 0] = -2
print(A)
#> tensor([[  0,   1,   2],
#>         [100,   4,   5]])
print(r)
#> tensor([[-2,  3,  1],
#>         [ 4,  2,  5]])
